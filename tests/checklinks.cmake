# SPDX-FileCopyrightText: 2026 Gloss developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when BINARY links a library matching FORBIDDEN (a regular expression):
# gloss-cli must link gloss_core alone, without Widgets or WebEngine.
execute_process(COMMAND ldd "${BINARY}" OUTPUT_VARIABLE libs RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "ldd ${BINARY} failed")
endif()
string(REGEX MATCHALL "[^\n]*(${FORBIDDEN})[^\n]*" bad "${libs}")
if(bad)
    message(FATAL_ERROR "${BINARY} links forbidden libraries:\n${bad}")
endif()
message(STATUS "${BINARY}: no library matching ${FORBIDDEN}")
