# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The LogSleuth authors
#
# The German translation stays complete: lupdate runs over the ui sources into a copy of the
# .ts (the checked-in file is never touched) and the test fails on any entry it marks
# unfinished, naming the source texts that lack a translation.
# cmake -DLUPDATE=... -DSOURCES=ui -DTS=translations/logsleuth_de.ts -DWORK=dir -P check_translations.cmake
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
get_filename_component(name "${TS}" NAME)
file(COPY "${TS}" DESTINATION "${WORK}")
execute_process(
  COMMAND "${LUPDATE}" "${SOURCES}" -no-obsolete -locations none -ts "${WORK}/${name}"
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
message(STATUS "${out}")
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "lupdate failed (${rc}): ${err}")
endif()
file(READ "${WORK}/${name}" updated)
string(REGEX MATCHALL "<source>[^<]*</source>[ \n]*(<oldsource>[^<]*</oldsource>[ \n]*)?<translation type=\"unfinished\"" missing "${updated}")
list(LENGTH missing count)
if(count GREATER 0)
  string(REPLACE ";" "\n" list "${missing}")
  message(FATAL_ERROR "${count} string(s) without a German translation:\n${list}\n"
                      "Run the update_translations target and translate them (translations/README.md).")
endif()
message(STATUS "every ui string has a German translation")
