# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The LogSleuth authors
# Tests of core/io. KF6::Archive is linked too: the tests write their own archives.
logsleuth_qt_test(tst_log_opener TIMEOUT 60 LIBS logsleuth_io logsleuth_text Qt6::Core KF6::Archive)
