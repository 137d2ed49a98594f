# SPDX-License-Identifier: GPL-3.0-or-later
# Desktop integration and a Debian package via CPack: ./dev package.
if(LOGSLEUTH_GUI)
  install(FILES ${CMAKE_CURRENT_LIST_DIR}/logsleuth.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
  install(FILES ${CMAKE_CURRENT_LIST_DIR}/io.github.logsleuth.LogSleuth.metainfo.xml
          DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
  install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/logsleuth.svg
          DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
endif()
set(CPACK_PACKAGE_NAME logsleuth)
set(CPACK_PACKAGE_VENDOR "The LogSleuth authors")
set(CPACK_PACKAGE_CONTACT "The LogSleuth authors")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
include(CPack)
