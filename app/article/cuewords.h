// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/// The words pages use to label the parts of a page that are not the story:
/// "Read also:", "Updated at", "Photo:", "All rights reserved", "Tags:",
/// in English, German, French, Spanish, Portuguese, Italian, Polish and
/// Dutch. Each function judges one line of text (a block's text, white space
/// simplified) and names no site: these are the words of the languages.
namespace Gloss::CueWords {

/// "Read also: Another story", "LEA TAMBIÉN: …", "Czytaj też: …": a line
/// that sends the reader to another article.
bool isTeaser(const QString &line);
/// "You may also like", "Mehr zum Thema", "RELATED STORIES": a heading over
/// a list of other articles.
bool isMoreStoriesHeading(const QString &line);
/// "Weitere Tourentipps", "Discover more …", "Also on …": a heading that may
/// be over other stories (when other stories follow it at the article's end).
bool isMoreHeading(const QString &line);
/// "See also": over a list that is part of a reference article.
bool isSeeAlsoHeading(const QString &line);
/// "Whatsapp Facebook Pinterest", "Share", "Print": share and print buttons.
bool isShareRow(const QString &line);
/// "Advertisement", "- Anzeige -", "*Werbung. Dieser Beitrag enthält …".
bool isAdLabel(const QString &line);
/// "This slideshow requires JavaScript.", "Load more": text of a widget.
bool isWidgetNotice(const QString &line);
/// "[button link=…]Buy[/button]": a CMS shortcode left in the page.
bool isShortcode(const QString &line);
/// "© 2020 Example Inc. All Rights Reserved.", "Alle Rechte vorbehalten".
bool isCopyright(const QString &line);
/// "Tel.: 030 1234", "Fax +49 …", "Pressekontakt:": contact details.
bool isContact(const QString &line);
/// "Citation: … retrieved 3 May 2020": how to cite the page.
bool isCitation(const QString &line);
/// "Subscribe now …", "Never miss … sign up", "Follow us on Twitter".
bool isSubscription(const QString &line);
/// "Tags: a, b", "Kategorie: News", "Schlagwörter".
bool isTagList(const QString &line);
/// "Keine Kommentare", "Leave a comment", "Comments are moderated".
bool isCommentsLine(const QString &line);
/// "Was this article helpful?", "Alle Angaben ohne Gewähr": prompts and
/// disclaimers a publisher puts under every article.
bool isDisclaimer(const QString &line);
/// "About Example Corp", "Über uns", "À propos de …": the heading of the
/// publisher's boilerplate after a press release. `authorOut` is set when
/// it introduces the author ("About the author", "Zur Person").
bool isAboutHeading(const QString &line, bool *authorOut = nullptr);
/// "Pressekontakt", "Media contact", "Kontakt:": a heading over contact details.
bool isContactHeading(const QString &line);

/// "Von:", "Quelle:", "Tags:": a label whose value the page did not print.
bool isFieldLabel(const QString &line);
/// A dateline: "Updated at 1:23 p.m.", "PUBLISHED: 10:48, Tue, Nov 19, 2019",
/// "03.04.2020", "Erstellt am Dienstag 6. Mai 2014". `updateOut` is set when
/// it states a change rather than the first publication.
bool isDateline(const QString &line, bool *updateOut = nullptr);
/// The names of a byline line ("By Jane Doe - Nov 19, 2019" -> "Jane Doe"),
/// or empty when the line is not one.
QString bylineNames(const QString &line);

/// The credit when the whole line is one ("Photo: Jane Doe/AP", "© Reuters",
/// "(Image: GETTY)", "AFP / Jane Doe", "iStock.com"), else empty. `label` is
/// set when the line is only a label without a name ("Photograph by").
QString creditLine(const QString &line, bool *label = nullptr);
/// Splits "Caption text. (Photo: Jane Doe/AP)" into the caption and the
/// credit; false when the line does not end with a credit.
bool splitTrailingCredit(const QString &line, QString *caption, QString *credit);

} // namespace Gloss::CueWords
