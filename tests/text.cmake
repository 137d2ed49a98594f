# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The LogSleuth authors
# Plain tests of core/text (no Qt): they must also run on a GPU host without Qt.
logsleuth_plain_test(tst_log_text TIMEOUT 60 LIBS logsleuth_text)
logsleuth_plain_test(tst_mask TIMEOUT 60 LIBS logsleuth_text)
logsleuth_plain_test(tst_miner TIMEOUT 60 LIBS logsleuth_text)
logsleuth_plain_test(tst_grouping_accuracy TIMEOUT 120 LIBS logsleuth_text)
logsleuth_plain_test(tst_corpus TIMEOUT 60 LIBS logsleuth_text)
logsleuth_plain_test(tst_file_follower TIMEOUT 60 LIBS logsleuth_text)
logsleuth_plain_test(tst_csv TIMEOUT 60 LIBS logsleuth_text)
logsleuth_plain_test(tst_time_scan TIMEOUT 60 LIBS logsleuth_text)
logsleuth_plain_test(tst_records TIMEOUT 60 LIBS logsleuth_text)
logsleuth_plain_test(tst_learned_layouts TIMEOUT 60 LIBS logsleuth_text)
logsleuth_plain_test(tst_structured_lines TIMEOUT 60 LIBS logsleuth_text)
logsleuth_plain_test(tst_streams_and_tables TIMEOUT 60 LIBS logsleuth_text)
logsleuth_plain_test(tst_record_lines TIMEOUT 60 LIBS logsleuth_text)
logsleuth_plain_test(tst_header_evidence TIMEOUT 60 LIBS logsleuth_text)
logsleuth_plain_test(tst_routine TIMEOUT 60 LIBS logsleuth_text)
logsleuth_plain_test(tst_search TIMEOUT 60 LIBS logsleuth_text)
