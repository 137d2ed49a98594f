# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The LogSleuth authors
# Tests of core/store. SQLite itself is linked too: the tests hold locks and plant bad
# schema versions through a second, raw connection.
logsleuth_qt_test(tst_fact_store TIMEOUT 60 LIBS logsleuth_store SQLite::SQLite3)
