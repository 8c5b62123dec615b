# SPDX-FileCopyrightText: 2026 Gloss developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Validates the .desktop and AppStream files, then installs into PREFIX and
# checks that every file a desktop needs is there.
set(desktop "${SOURCE_DIR}/resources/desktop/io.github.gloss.Gloss.desktop")
set(metainfo "${SOURCE_DIR}/resources/desktop/io.github.gloss.Gloss.metainfo.xml")
find_program(DESKTOP_VALIDATE desktop-file-validate REQUIRED)
find_program(APPSTREAMCLI appstreamcli REQUIRED)
execute_process(COMMAND ${DESKTOP_VALIDATE} ${desktop} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT rc EQUAL 0 OR out MATCHES "error")
    message(FATAL_ERROR "desktop-file-validate: ${out}")
endif()
execute_process(COMMAND ${APPSTREAMCLI} validate --no-net ${metainfo} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "appstreamcli validate: ${out}")
endif()
file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${PREFIX} RESULT_VARIABLE rc OUTPUT_QUIET)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cmake --install failed")
endif()
foreach(path bin/gloss bin/gloss-cli
             share/applications/io.github.gloss.Gloss.desktop
             share/metainfo/io.github.gloss.Gloss.metainfo.xml
             share/icons/hicolor/scalable/apps/io.github.gloss.Gloss.svg
             share/gloss/models/ner-en.model)
    if(NOT EXISTS "${PREFIX}/${path}")
        message(FATAL_ERROR "not installed: ${path}")
    endif()
endforeach()
message(STATUS "desktop files valid; install layout complete")
