# SPDX-License-Identifier: GPL-3.0-or-later
# End-to-end tests of logsleuth-cli: the real binary on real files.
set(_cli_libs Qt6::Core logsleuth_text)
if(LOGSLEUTH_HAVE_STORE)
  list(APPEND _cli_libs logsleuth_store)
endif()
logsleuth_qt_test(tst_cli TIMEOUT 300 LIBS ${_cli_libs})
add_dependencies(tst_cli logsleuth-cli logsleuth-cli-ml)
if(LOGSLEUTH_HAVE_STORE)
  target_compile_definitions(tst_cli PRIVATE LOGSLEUTH_HAVE_STORE=1)
endif()
logsleuth_qt_test(tst_cli_text TIMEOUT 300 LIBS Qt6::Core)
add_dependencies(tst_cli_text logsleuth-cli logsleuth-cli-ml)
