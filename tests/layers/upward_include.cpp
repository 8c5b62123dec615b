// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Compiled by the test layers_refuse_upward_includes with the include paths
// of gloss_article: its own header is found, the workflow layer's is not.
#include "article/article.h"
#include "workflow/workspace.h"
