// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The state HtmlContentFinder keeps per node, shared by its two sources:
// htmlcontentfinder.cpp (the walk, scoring, choosing the article) and
// htmlcontentprep.cpp (Readability's _prepArticle: cleaning the article).

#include "article/htmlcontentfinder.h"
#include "article/htmldom.h"
#include "article/htmlhints.h"

#include <vector>

namespace Gloss::HtmlFinding {

// Readability's thresholds.
constexpr int CharThreshold = 500; // an article has at least this much text
constexpr int CharThresholdForShare = 500; // share boxes are shorter than this
constexpr size_t TopCandidateLimit = 5;

enum Flag : int { StripUnlikely = 1, WeightClasses = 2, CleanConditionally = 4 };

enum State : quint8 {
    Candidate = 1 << 0, // has a content score
    AsParagraph = 1 << 1, // a <div> read as a <p>
    Collapsed = 1 << 2, // a <div> around a single <p>: the <p> stands in its place
    ActsAsDiv = 1 << 3, // a sibling joined to the article, renamed <div> by Readability
    DataTable = 1 << 4,
    BrChain = 1 << 5, // two <br>s in a row among its children: what follows is a <p>
};

/// Loose inline nodes a <div> holds, read as one paragraph: siblings first..last.
struct Run {
    int parent;
    int first;
    int last;
};

struct Segment {
    int first;
    int last;
    bool afterChain;
};

/// What Readability's _cleanConditionally counts in a subtree.
struct Totals {
    int text = 0;
    int commas = 0; // ASCII commas only, as Readability counts them here
    float link = 0;
    int headingText = 0;
    int listText = 0; // text in lists, once per enclosing list
    int paragraphs = 0;
    int images = 0;
    int listItems = 0;
    int inputs = 0;
    int embeds = 0;
    bool video = false;
    bool textish = false; // text inside a paragraph, cell, list or the like
    bool dataTable = false;

    void add(const Totals &o)
    {
        text += o.text;
        commas += o.commas;
        link += o.link;
        headingText += o.headingText;
        listText += o.listText;
        paragraphs += o.paragraphs;
        images += o.images;
        listItems += o.listItems;
        inputs += o.inputs;
        embeds += o.embeds;
        video = video || o.video;
        textish = textish || o.textish;
        dataTable = dataTable || o.dataTable;
    }
};

/// What a scored paragraph is: an element or a run.
struct Scored {
    int node;
    int run;
};

inline bool isPhrasingTag(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_ABBR:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_B:
    case GUMBO_TAG_BDO:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_CITE:
    case GUMBO_TAG_CODE:
    case GUMBO_TAG_DATA:
    case GUMBO_TAG_DATALIST:
    case GUMBO_TAG_DFN:
    case GUMBO_TAG_EM:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_I:
    case GUMBO_TAG_IMG:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_KBD:
    case GUMBO_TAG_LABEL:
    case GUMBO_TAG_MARK:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_METER:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_OUTPUT:
    case GUMBO_TAG_PROGRESS:
    case GUMBO_TAG_Q:
    case GUMBO_TAG_RUBY:
    case GUMBO_TAG_SAMP:
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_SMALL:
    case GUMBO_TAG_SPAN:
    case GUMBO_TAG_STRONG:
    case GUMBO_TAG_SUB:
    case GUMBO_TAG_SUP:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_TIME:
    case GUMBO_TAG_VAR:
    case GUMBO_TAG_WBR:
    case GUMBO_TAG_FONT:
        return true;
    default:
        return false;
    }
}

inline bool isDivToPTag(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_IMG:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_P:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_UL:
        return true;
    default:
        return false;
    }
}

} // namespace Gloss::HtmlFinding

namespace Gloss {

struct HtmlContentFinder::Private {
    using Cause = HtmlContentFinder::Cause;

    explicit Private(const HtmlDom &d)
        : dom(d)
    { }

    const HtmlDom &dom;
    QString title;
    bool bylineFound = false;
    QString byline;
    QString dir;
    int flags = HtmlFinding::StripUnlikely | HtmlFinding::WeightClasses | HtmlFinding::CleanConditionally;

    // Fixed by the page.
    std::vector<bool> phrasing; // Readability's _isPhrasingContent
    std::vector<bool> blockInside; // a block element (or a <br> chain) below it
    std::vector<bool> mathInside; // MathML below it
    std::vector<quint8> staticState;
    std::vector<Cause> initialCause; // scripts, styles, <head>
    std::vector<int> staticText, staticSolid;
    std::vector<float> staticLink;

    // One attempt's state.
    std::vector<Cause> cause;
    std::vector<quint8> state;
    std::vector<float> score;
    std::vector<int> runOf; // the run a child node belongs to, -1 for none
    std::vector<HtmlFinding::Run> runs;
    std::vector<HtmlFinding::Scored> toScore;
    std::vector<int> candidates;
    std::vector<Item> items;
    std::vector<int> text, solid, commas; // lengths without removed nodes
    std::vector<float> link;
    std::vector<HtmlFinding::Totals> totals; // cleanConditionally's, per article node

    // htmlcontentfinder.cpp
    void init();
    void aggregate();
    bool hasBrChain(int element) const;
    int nextNonWhitespace(int node) const;
    int effectiveParent(int node) const;
    bool hasAncestorTag(int node, GumboTag tag, int maxDepth, bool dataTableOnly = false) const;
    float classWeight(int node) const;
    Cause causeFromHints(int node, Cause fallback) const;
    bool isValidByline(int node) const;
    bool withoutContent(int node) const;
    bool asksForPassword(int form) const;
    bool isInSentence(int node) const;
    std::vector<HtmlFinding::Segment> segments(int element) const;
    void addRun(int parent, const HtmlFinding::Segment &segment);
    void readDiv(int div);
    void walk();
    void removeBoxes();

    // htmlcontentprep.cpp
    void grab();
    void scoreParagraphs();
    int chooseTopCandidate();
    void joinSiblings(int top);
    void prepare();
    int contentLength() const;
    bool isDetached(int node) const;
    void markDataTables();
    bool isDataTable(int table, quint8 inside) const;
    void cleanConditionally(const std::vector<int> &nodes, GumboTag as, Cause fallback);
    bool shouldRemove(int node, GumboTag as, const HtmlFinding::Totals &inside) const;
    std::vector<int> childItems(int parent) const; // element children and run starts
    int textOfItem(int child, float *linkOut) const;
    bool isDataTable(int node) const { return state[size_t(node)] & HtmlFinding::DataTable; }
};

} // namespace Gloss
