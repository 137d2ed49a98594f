# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The LogSleuth authors
#
# ui tests: offscreen Qt Test executables. Each redirects XDG_DATA_HOME / XDG_CONFIG_HOME to
# a temporary directory before anything opens the fact store or QSettings.
logsleuth_qt_test(tst_log_table_model TIMEOUT 60 LIBS logsleuth_ui)
logsleuth_qt_test(tst_task_runner TIMEOUT 60 LIBS logsleuth_ui)
logsleuth_qt_test(tst_chart_export TIMEOUT 60 LIBS logsleuth_ui)
logsleuth_qt_test(tst_main_window TIMEOUT 180 LIBS logsleuth_ui)
logsleuth_qt_test(tst_desk TIMEOUT 180 LIBS logsleuth_ui)
add_dependencies(tst_main_window logsleuth)
logsleuth_qt_test(tst_window_files TIMEOUT 180 LIBS logsleuth_ui)
add_dependencies(tst_window_files logsleuth-cli logsleuth-cli-ml)
logsleuth_qt_test(tst_translations TIMEOUT 60 LIBS logsleuth_ui)

# The German translation is complete: lupdate into a copy of the .ts finds nothing unfinished.
if(TARGET Qt6::lupdate)
  add_test(NAME tst_translations_complete
    COMMAND ${CMAKE_COMMAND} -DLUPDATE=$<TARGET_FILE:Qt6::lupdate> -DSOURCES=${PROJECT_SOURCE_DIR}/ui
            -DTS=${PROJECT_SOURCE_DIR}/translations/logsleuth_de.ts
            -DWORK=${CMAKE_CURRENT_BINARY_DIR}/translations_check
            -P ${CMAKE_CURRENT_SOURCE_DIR}/check_translations.cmake)
  set_tests_properties(tst_translations_complete PROPERTIES TIMEOUT 120 LABELS qt)
endif()
logsleuth_qt_test(tst_latency TIMEOUT 300 LIBS logsleuth_ui)
