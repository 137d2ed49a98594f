# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The LogSleuth authors
# Tests of core/store. SQLite itself is linked too: the tests hold locks and plant bad
# schema versions through a second, raw connection.
logsleuth_qt_test(tst_fact_store TIMEOUT 60 LIBS logsleuth_store SQLite::SQLite3)
# Faults: a writer process killed mid-commit, and two writers at once.
add_executable(mark_writer helpers/mark_writer.cpp)
target_link_libraries(mark_writer PRIVATE logsleuth_store logsleuth_warnings)
set_target_properties(mark_writer PROPERTIES AUTOMOC OFF AUTOUIC OFF AUTORCC OFF)
logsleuth_qt_test(tst_store_faults TIMEOUT 300 LIBS logsleuth_store SQLite::SQLite3)
add_dependencies(tst_store_faults mark_writer)
