# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The LogSleuth authors
#
# ui tests: offscreen Qt Test executables. Each redirects XDG_DATA_HOME / XDG_CONFIG_HOME to
# a temporary directory before anything opens the fact store or QSettings.
logsleuth_qt_test(tst_log_table_model TIMEOUT 60 LIBS logsleuth_ui)
logsleuth_qt_test(tst_chart_export TIMEOUT 60 LIBS logsleuth_ui)
logsleuth_qt_test(tst_main_window TIMEOUT 180 LIBS logsleuth_ui)
add_dependencies(tst_main_window logsleuth)
logsleuth_qt_test(tst_translations TIMEOUT 60 LIBS logsleuth_ui)
