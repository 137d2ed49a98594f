# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The LogSleuth authors
# Tests of core/ml (plain executables: they run on a GPU host without Qt).
logsleuth_plain_test(tst_threshold TIMEOUT 30 LIBS logsleuth_ml)
logsleuth_plain_test(tst_features TIMEOUT 30 LIBS logsleuth_ml)
logsleuth_plain_test(tst_verdict TIMEOUT 30 LIBS logsleuth_ml)
logsleuth_plain_test(tst_metrics TIMEOUT 30 LIBS logsleuth_ml)
logsleuth_plain_test(tst_vae TIMEOUT 120 LIBS logsleuth_ml)
target_include_directories(tst_vae PRIVATE ${PROJECT_SOURCE_DIR}/core/ml/src)
logsleuth_plain_test(tst_models TIMEOUT 240 LIBS logsleuth_ml)
logsleuth_plain_test(tst_explain TIMEOUT 30 LIBS logsleuth_ml)
logsleuth_plain_test(tst_marks_loop TIMEOUT 600 LIBS logsleuth_ml)
logsleuth_plain_test(tst_chart_data TIMEOUT 30 LIBS logsleuth_ml)
logsleuth_plain_test(tst_continued_models TIMEOUT 120 LIBS logsleuth_ml)
logsleuth_plain_test(tst_supervised TIMEOUT 240 LIBS logsleuth_ml)
target_include_directories(tst_supervised PRIVATE ${PROJECT_SOURCE_DIR}/core/ml/src)
logsleuth_plain_test(tst_drift TIMEOUT 30 LIBS logsleuth_ml)
logsleuth_plain_test(tst_level_rank TIMEOUT 60 LIBS logsleuth_ml)
logsleuth_plain_test(tst_directives TIMEOUT 60 LIBS logsleuth_ml)
