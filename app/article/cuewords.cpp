// SPDX-FileCopyrightText: 2026 Gloss developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "article/cuewords.h"

#include "article/datetext.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Gloss::CueWords {

namespace {
constexpr auto Options =
    QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;

QRegularExpression cue(const QString &pattern)
{
    QRegularExpression re(pattern, Options);
    re.optimize();
    return re;
}

// Phrases that send the reader to other articles, by language.
const QString &teaserWords()
{
    static const QString words =
        u"read (?:more|also|next)|also read|see (?:also|more)|related(?: stories| articles| news| content| "
        u"posts?)?|"
        "more (?:on this|stories|from|news)|recommended(?: for you| stories)?|you (?:may|might) (?:also "
        ")?like|"
        "don'?t miss|further reading|most (?:read|popular|viewed)|trending(?: now)?|top stories|"
        "lesen sie (?:auch|mehr|hier)|auch lesen|mehr (?:zum thema|dazu|themen|lesen|aus|zu)|siehe auch|"
        "das könnte (?:sie|dich) (?:auch )?interessieren|auch interessant|(?:zum )?weiterlesen|passend dazu|"
        "schon gelesen|weitere (?:artikel|beiträge|news|nachrichten|themen|links)|weiterführende links?|"
        "lesetipps?|beiträge zum thema|empfohlene (?:artikel|beiträge)|neueste (?:artikel|beiträge)|"
        "ähnliche (?:artikel|beiträge)|meistgelesen|meist gelesen|meist[- ]?(?:diskutiert|kommentiert)|most "
        "(?:commented|discussed|shared)|"
        "les plus lus|más leídas|mais lidas|più letti|najczęściej czytane|"
        "(?:à )?lire (?:aussi|également|la suite)|(?:à )?voir aussi|sur le même sujet|à découvrir|"
        "(?:plus d')?(?:articles )?et vidéos sur le sujet|"
        "articles? similaires|"
        "le[ae] (?:también|más)|lee(?:r)? (?:también|más)|lea|mire|mira|ve[ar] también|puedes ver|"
        "(?:también )?(?:le|te) puede(?:n)? interesar|noticias relacionadas|te recomendamos|relacionad[ao]s?|"
        "leia (?:também|mais)|veja (?:também|mais)|saiba mais|confira também|"
        "leggi (?:anche|tutto)|vedi anche|potrebbe interessarti|guarda anche|"
        "czytaj (?:też|także|również|więcej)|zobacz (?:też|także|również)|przeczytaj (?:też|także)|polecamy|"
        "lees (?:ook|meer)|zie ook"_s;
    return words;
}

const QSet<QString> &dateWords()
{
    static const QSet<QString> words = [] {
        const QString list =
            u"january february march april may june july august september october november "
            "december jan feb mar apr jun jul aug sep sept oct nov dec "
            "januar jänner februar märz mai juni juli oktober dezember mär mrz okt dez "
            "janvier février fevrier mars avril juin juillet août aout septembre octobre novembre décembre "
            "janv févr avr juil déc "
            "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre "
            "diciembre "
            "ene abr ago dic "
            "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro "
            "gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre "
            "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada "
            "grudnia "
            "styczeń luty marzec kwiecień czerwiec lipiec sierpień wrzesień październik listopad grudzień "
            "januari februari maart mei augustus "
            "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri "
            "sat sun "
            "montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag mo di mi do fr sa so "
            "lundi mardi mercredi jeudi vendredi samedi dimanche "
            "lunes martes miércoles jueves viernes sábado domingo "
            "segunda terça quarta quinta sexta feira "
            "lunedì martedì mercoledì giovedì venerdì sabato domenica "
            "poniedziałek wtorek środa czwartek piątek sobota niedziela "
            "am pm a.m p.m uhr h hs hrs um at à a las de del di le el the on den der em il o godz "
            "utc gmt cet cest est edt pst pdt cst cdt mez mesz bst ist aest "
            "st nd rd th er"_s;
        QSet<QString> set;
        for (const QString &w : list.split(u' ', Qt::SkipEmptyParts))
            set.insert(w);
        return set;
    }();
    return words;
}

// Only dates and times: "Tue, Nov 19, 2019", "03.04.2020", "19:49", "7. oktober 2020".
bool isDateOnly(const QString &text, bool allowCues)
{
    if (text.size() > 100)
        return false;
    static const QRegularExpression token(u"\\p{L}+(?:\\.\\p{L}+)*\\.?|\\d+(?:[.:/-]\\d+)*\\.?|\\S"_s,
                                          QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression datePair(
        u"^(?:\\d{1,2}[.:/-]\\d{1,2}(?:[./-](?:\\d{2}|\\d{4}))?|\\d{4}-\\d{1,2}-\\d{1,2})\\.?$"_s);
    static const QRegularExpression cueWord(
        u"^(?:updated?|published|posted|modified|created|aktualisiert|veröffentlicht|erstellt|publié|"
        "actualizado|publicado|atualizado|pubblicato|aggiornato|opublikowano|aktualizacja|zuletzt|last|"
        "stand|mis|jour|dnia|dia|día|am|on)$"_s,
        Options);
    bool dateShape = false, month = false, number = false;
    auto it = token.globalMatch(text);
    while (it.hasNext()) {
        QString t = it.next().captured(0).toLower();
        if (t.front().isDigit()) {
            number = true;
            dateShape = dateShape || datePair.match(t).hasMatch();
            continue;
        }
        if (t == "+"_L1 && !number)
            return false; // a telephone number
        if (!t.front().isLetter())
            continue; // separators
        if (t.endsWith(u'.'))
            t.chop(1);
        if (dateWords().contains(t)) {
            month = month || t.size() > 3 || t == "may"_L1 || t == "mai"_L1;
            continue;
        }
        if (t.size() <= 4 && dateWords().contains(t.left(3)))
            continue; // "Sept", "Okt"
        if (allowCues && cueWord.match(t).hasMatch())
            continue;
        return false;
    }
    return dateShape || (month && number);
}
} // namespace

bool isTeaser(const QString &line)
{
    static const QRegularExpression re =
        cue(u"^[»›>•▶►\\s]*(?:"_s + teaserWords() + u")\\s*(?:[:»›>|]|[-–—]\\s)\\s*\\S"_s);
    return line.size() <= 250 && re.match(line).hasMatch();
}

bool isMoreStoriesHeading(const QString &line)
{
    static const QRegularExpression re = cue(
        u"^[»›>•▶►\\s]*(?:"_s + teaserWords() +
        u"|more (?:articles|to read|headlines)|latest (?:news|stories|articles)|popular|"
        "(?:das|dies) könnte (?:sie|dich) auch interessieren|das thema könnte dich auch interessieren|"
        "dazu passend|mehr von|ebenfalls interessant|"
        "(?:vous|tu) (?:aimerez|pourriez aimer) aussi|"
        "(?:también )?te (?:puede|podría) gustar|ti potrebbe(?:ro)? interessare|może cię zainteresować|"
        "(?:other|similar|recent) (?:stories|articles|posts))"
        "(?:\\s+[\\p{L}\\d.-]+){0,4}\\s*[:.!?…]*$|"
        "^(?:weitere informationen|weiterführende (?:informationen|links?)|weiterführender "
        "link|zusatzinformationen|"
        "further (?:information|reading)|more information|more info|plus d'informations|más información)\\s*:?$"_s);
    // "See also" over a list is part of a reference article; as "See also: …" it is a teaser.
    return line.size() <= 80 && re.match(line).hasMatch() && !isSeeAlsoHeading(line);
}

bool isMoreHeading(const QString &line)
{
    static const QRegularExpression re = cue(
        u"^(?:weitere|mehr|more|other|similar|autres?|otr[ao]s|más|mais|altr[ie]|inne|więcej)\\s+[\\p{L}-]+(?"
        u":\\s+[\\p{L}.-]+){0,3}\\s*[:!.]?$|"
        "^(?:entdecke(?:n "
        "sie)?|discover|découvrez|descubre|scopri|odkryj)\\s+(?:weitere|mehr|more|plus|más|altr[ie])\\b.{0,"
        "40}$|"
        "^(?:auch|also|aussi|también|também|anche|także)\\s+(?:auf|bei|on|at|sur|en|em|su|na)\\s+\\S+$|"
        "^(?:\\p{L}+ )?(?:empfehlen wir|empfehlungen|unsere empfehlungen?|we recommend|nous recommandons|recomendamos)\\b.{0,40}$"_s);
    return line.size() <= 60 && re.match(line).hasMatch();
}

bool isSeeAlsoHeading(const QString &line)
{
    static const QRegularExpression seeAlso = cue(u"^(?:see also|siehe auch|voir aussi|zie ook)\\s*:?$"_s);
    return seeAlso.match(line).hasMatch();
}

bool isShareRow(const QString &line)
{
    if (line.size() > 100)
        return false;
    static const QSet<QString> shareWords = [] {
        QSet<QString> s;
        for (
            const QString &w :
            u"whatsapp facebook twitter x pinterest pin pint it linkedin xing email e-mail "
            "mail telegram reddit tumblr flipboard messenger sms print drucken drukuj "
            "imprimir imprimer stampa teilen share compartir compartilhe compartilhar "
            "partager condividi udostępnij baixar download tweet copy link kopieren "
            "artikel article this seite page diesen on via per por sur auf rezept bei speichern merken save"_s
                .split(u' ', Qt::SkipEmptyParts))
            s.insert(w);
        return s;
    }();
    static const QRegularExpression lone =
        cue(u"^(?:share(?: (?:this|on|via))?(?: (?:article|story|post|page))?|teilen|artikel teilen|"
            "diesen artikel teilen|partager(?: cet article)?|compartir|compartilhe|condividi|udostępnij|"
            "print(?: this)?(?: article| page)?|drucken|artikel drucken|rezept drucken|seite drucken|drukuj|"
            "imprimir|imprimer|stampa|permalink|permalien|tweet|mail|e-mail|"
            "möchten sie (?:den|diesen) artikel teilen\\??|.{0,30}vergiss nicht zu teilen!?|"
            "den artikel mit anderen teilen.{0,20}|share (?:this|the) (?:story|article)!?|"
            "zurück(?: zur (?:übersicht|listenansicht))?|nach oben|back to top)[:.!]?$"_s);
    if (lone.match(line).hasMatch())
        return true;
    static const QRegularExpression word(u"[\\p{L}\\d-]+"_s, QRegularExpression::UseUnicodePropertiesOption);
    int words = 0, networks = 0;
    static const QSet<QString> networkNames {u"whatsapp"_s, u"facebook"_s,  u"twitter"_s,  u"pinterest"_s,
                                             u"linkedin"_s, u"xing"_s,      u"telegram"_s, u"reddit"_s,
                                             u"tumblr"_s,   u"flipboard"_s, u"messenger"_s};
    auto it = word.globalMatch(line);
    while (it.hasNext()) {
        const QString w = it.next().captured(0).toLower();
        if (!shareWords.contains(w))
            return false;
        ++words;
        networks += networkNames.contains(w) ? 1 : 0;
    }
    return networks >= 2 || (networks >= 1 && words >= 2);
}

bool isAdLabel(const QString &line)
{
    static const QRegularExpression re =
        cue(u"^[-–—*\\s]*(?:advert(?:isement|ising)?|anzeige|werbung|reklama|publicidad|publicité|"
            "pubblicità|publicidade|sponsored(?: content| post)?|gesponsert|patrocinado|annonce|"
            "paid content|promoted)\\s*(?:[-–—*:|.]+\\s*.{0,160})?$"_s);
    return line.size() <= 200 && re.match(line).hasMatch();
}

bool isWidgetNotice(const QString &line)
{
    static const QRegularExpression re = cue(
        u"requires javascript|(?:enable|activate|aktivieren sie) javascript|javascript (?:is "
        u")?(?:disabled|required)|"
        "^(?:load(?:ing)? more|mehr laden|lade weitere inhalte|weitere inhalte laden|cargar más|charger plus|"
        "carica altri|externer inhalt|external content|bild anzeigen|zum vergrößern.*|click to enlarge|"
        "view (?:image|gallery|slideshow)|bildergalerie(?: ansehen)?|galerie ansehen|"
        "your browser does not support.*|ihr browser unterstützt.*|pdf|lade weitere inhalte\\s*\\.*|"
        "(?:\\d+\\s*)?(?:min(?:\\.|ute[ns]?)?|minuty?)\\s+(?:read|lesezeit|lesedauer|de lecture|de "
        "lectura|di lettura|czytania)|"
        "(?:lesezeit|lesedauer|reading time|temps de lecture|tiempo de lectura|tempo di lettura|czas "
        "czytania)\\s*:?.{0,20}|"
        "ten tekst przeczytasz.{0,30}|(?:dieses? \\p{L}+ )?als pdf herunterladen|"
        "(?:download|herunterladen)(?: (?:as|als))? pdf|"
        "(?:aufrufe|views|visualizaciones|vues|wyświetle[nń]|gelesen|zugriffe)\\s*:?\\s*[\\d.,]*)[.!…]*$"_s);
    return line.size() <= 160 && re.match(line).hasMatch();
}

bool isShortcode(const QString &line)
{
    static const QRegularExpression re(
        u"^(?:\\[/?[a-z][\\w-]*(?:\\s[^\\]]*)?\\]\\s*)+$|^\\[([a-z][\\w-]*)(?:\\s[^\\]]*)?\\].{0,200}\\[/\\1\\]$"_s);
    return line.size() <= 400 && re.match(line).hasMatch();
}

bool isCopyright(const QString &line)
{
    static const QRegularExpression re =
        cue(u"^(?:©|\\(c\\)|copyright\\b).{0,150}$|all rights reserved|alle rechte vorbehalten|tous droits "
            u"réservés|"
            "todos los derechos reservados|todos os direitos reservados|tutti i diritti riservati|"
            "wszelkie prawa zastrzeżone|materiał chroniony prawem|copyrighted (?:property|material)|"
            "is subject to copyright|the contents of this (?:site|page|website) are|"
            "written permission (?:must|is required)|without (?:the )?(?:prior )?written permission|"
            "nachdruck (?:nur|verboten|oder)|reproduction (?:interdite|totale ou partielle)|"
            "prohibida su reproducción|riproduzione riservata|urheberrechtlich geschützt"_s);
    return line.size() <= 400 && re.match(line).hasMatch();
}

bool isContact(const QString &line)
{
    static const QRegularExpression re = cue(
        u"^(?:tel(?:efon|ephone|éfono|éfone)?\\.?|phone|fax|telefax|mobil|mobile|handy|e-?mail|"
        "kontakt|contact(?:o|ez-nous| us)?|pressekontakt|medienkontakt|media contact|press contact|"
        "ansprechpartner(?:in)?)\\s*[:.]|^(?:tel|phone|fax)\\.?\\s*:?\\s*\\+?[\\d(][\\d ()/.-]{6,}|"
        "(?:call us|rufen sie uns an|contact us) at|^(?:weitere|mehr) infos?(?:rmationen)? "
        "(?:unter|auf|bei)\\b|"
        "^(?:more|further) info(?:rmation)? (?:at|on)\\b|^más información en\\b|^plus d'informations? sur\\b"_s);
    return line.size() <= 300 && re.match(line).hasMatch();
}

bool isContactHeading(const QString &line)
{
    static const QRegularExpression re =
        cue(u"^(?:press(?:e)?kontakt|medienkontakt|media (?:contact|enquiries|inquiries)|press contact|"
            "kontakt|contact|contacto|ansprechpartner(?:in)?|für rückfragen|weitere informationen|"
            "further information|more information|pour plus d'informations|más información)\\s*[:.]?$"_s);
    return line.size() <= 60 && re.match(line).hasMatch();
}

bool isCitation(const QString &line)
{
    static const QRegularExpression re =
        cue(u"^(?:citation|zitierweise|zitiervorschlag|cite this(?: article| page)?|how to cite(?: this)?|"
            "pour citer cet article|cómo citar|citare questo articolo)\\s*:"_s);
    return line.size() <= 600 && re.match(line).hasMatch();
}

bool isSubscription(const QString &line)
{
    static const QRegularExpression re = cue(
        u"\\bsubscribe\\b|\\bsubscription|\\bsubscriber|newsletter|\\babonnieren|abonnent|\\babonnez|"
        "s'abonner|suscr[ií]b|assine|assinante|iscriviti|abbonati|subskrypc|zapisz się|"
        "sign up (?:for|to|now)|signing up|never miss|nichts mehr (?:verpassen|versäumen)|nichts verpassen|"
        "verpassen sie keine|melden sie sich (?:jetzt )?(?:kostenlos )?an|jetzt (?:anmelden|registrieren)|"
        "nicht eingeloggt|einloggen|log in (?:for|to)|already a (?:subscriber|member)|"
        "^(?:pour lire la suite|to continue reading|um weiterzulesen|para seguir leyendo|continue lendo|"
        "per continuare a leggere|aby czytać dalej)|"
        "follow (?:us|the \\p{L}+|@\\S+) on|folgen sie uns|folge uns|síguenos|suivez-nous|seguici|"
        "siga-nos|obserwuj nas|download the .{0,40}apps?\\b|"
        "hazte (?:miembro|socio)|werden sie (?:mitglied|abonnent)|become a (?:member|subscriber|patron)|"
        "support (?:our|independent) journalism|unterstützen sie (?:unseren|unabhängigen) journalismus|"
        "\\b(?:unser(?:e[nmr]?)?|our|nuestro|nuestra|notre|nos|nosso|nossa|il nostro|la nostra|nasz[aey]?) "
        "(?:youtube[- ]|telegram[- ]|whatsapp[- "
        "])?(?:kanal|channel|canal|canale|shop|fan-shop|newsletter|podcast|app)\\b|"
        "if you (?:enjoyed|liked) (?:reading )?this|did you (?:enjoy|like) this|gefällt (?:dir|ihnen) unser|"
        "cancela cuando quieras|cancel (?:at )?any ?time|jederzeit kündbar|"
        "(?:do you|would you like to) (?:want to )?(?:be informed|stay informed|stay up to date)"_s);
    return line.size() <= 350 && re.match(line).hasMatch();
}

bool isTagList(const QString &line)
{
    static const QRegularExpression re =
        cue(u"^(?:tags?|tagged(?: "
            u"with)?|schlagw(?:ö|o)rte?r?|stichw(?:ö|o)rte?r?|kategorie(?:n)?|categor(?:y|ies)|"
            "category|catégories?|étiquettes?|mots-clés|etiquetas|categorías?|categorias?|tópicos|"
            "argomenti|categorie|tagi|kategori[ae]|filed under|posted in|themen)\\s*[:|]|"
            "^(?:this entry was posted|(?:dieser|der) (?:text|beitrag|artikel|eintrag) wurde (?:am .{0,40})?"
            "(?:veröffentlicht|publiziert|abgelegt))\\b"_s);
    return line.size() <= 300 && re.match(line).hasMatch();
}

bool isCommentsLine(const QString &line)
{
    static const QRegularExpression re = cue(
        u"^(?:\\d+\\s+)?(?:comments?|kommentare?|commentaires?|comentarios?|comentários|commenti|komentarze?)"
        "(?:\\s+(?:schreiben|geschlossen|anzeigen|insgesamt|closed|are "
        "closed|\\(\\d+\\)))?\\s*[:.!]?\\s*\\d*$|"
        "^(?:keine|no|noch keine|aucun|sin|nessun|brak) (?:kommentare?|comments?|commentaires?|comentarios?|"
        "commenti|komentarzy)|^(?:leave|post|write|add) a (?:comment|reply)|^(?:schreibe|hinterlasse) einen "
        "kommentar|"
        "^kommentar (?:schreiben|verfassen)|^laisser un commentaire|^deja (?:un|tu) comentario|"
        "^lascia un commento|^dodaj komentarz|^(?:kommentarfeed|comments? feed|trackback(?:-url)?|pingback)$|"
        "^\\d+\\s+(?:comments?|kommentare?|commentaires?|comentarios?)$|comments? (?:are|will be) "
        "(?:closed|moderated|reviewed)|"
        "kommentare (?:werden|sind) (?:moderiert|geschlossen|deaktiviert)|"
        "(?:eingeloggt|angemeldet|logged in) sein,? um (?:einen )?kommentar|um kommentare zu schreiben|"
        "to (?:post|leave|write) a comment"_s);
    return line.size() <= 250 && re.match(line).hasMatch();
}

bool isDisclaimer(const QString &line)
{
    static const QRegularExpression re =
        cue(u"^(?:was this (?:article|page|post) (?:helpful|useful)|war (?:der|dieser) (?:artikel|beitrag) "
            "(?:hilfreich|nützlich)|hat (?:dir|ihnen) (?:der|dieser) (?:artikel|beitrag) gefallen|"
            "artikel gefallen|(?:bitte )?bewerten sie (?:diesen|den) artikel|hier können sie den artikel "
            "bewerten|"
            "rate this (?:article|post)|valor[ae] esta noticia|¿te gustó (?:esta nota|este artículo)|"
            "\\(?noch keine bewertungen\\)?|\\(?no ratings yet\\)?)|"
            "alle angaben ohne gewähr|is not responsible for the (?:opinions|content)|"
            "gibt die meinung de[rs] (?:autors|autorin|verfasser)|do(?:es)? not (?:necessarily )?reflect the "
            "(?:views|opinions)|n'engagent que leurs? auteurs?|advertising disclaimer|"
            "we (?:want to )?hear what you think about this article|letter to the editor via|"
            "(?:bei den|diese) (?:verlinkungen|links) (?:handelt es sich um|sind) (?:affiliate|partner)|"
            "affiliate[- ]links?|provisions-links?"_s);
    return line.size() <= 400 && re.match(line).hasMatch();
}

bool isAboutHeading(const QString &line, bool *authorOut)
{
    static const QRegularExpression author = cue(
        u"^(?:about the authors?|über (?:den|die) autor(?:in|en)?|zur person|zum autor|zur autorin|"
        "à propos de l'auteur|l'auteur|sobre (?:el|la|o|a) autor(?:a)?|il? (?:l')?autore|o autorze)\\s*[:.]?$"_s);
    static const QRegularExpression about =
        cue(u"^(?:about|über|à propos(?: de)?|acerca de|sobre|chi (?:è|siamo)|o nas|o firmie|kurzprofil|"
            "unternehmensprofil|company profile|firmenprofil)"
            "(?:\\s+[\\p{L}\\d&.,'’-]+){0,5}\\s*[:.]?$"_s);
    if (line.size() > 70)
        return false;
    if (author.match(line).hasMatch()) {
        if (authorOut)
            *authorOut = true;
        return true;
    }
    if (authorOut)
        *authorOut = false;
    return about.match(line).hasMatch();
}

bool isFieldLabel(const QString &line)
{
    static const QRegularExpression re = cue(
        u"^(?:von|by|autor(?:en|in|innen)?|authors?|auteurs?|autores?|quelle|quellen|quellenangaben|sources?|"
        "źródło|fuente|fonte|foto|fotos|bild|bilder|photos?|credits?|tags|kategorie|category|teilen|share|"
        "aufrufe|views|datum|date)\\s*:$"_s);
    return line.size() <= 30 && re.match(line).hasMatch();
}

bool isDateline(const QString &line, bool *updateOut)
{
    if (line.size() > 400 || line.isEmpty())
        return false;
    static const QRegularExpression cueRe = cue(
        u"^(?:(?:this (?:entry|article|post) was |(?:der|dieser) (?:beitrag|artikel|text) wurde )?"
        "(?:(?:zuletzt |last )?(?:updated|aktualisiert|modified|geändert|actualizado|atualizado|aggiornato|"
        "mis à jour|modifié|aktualizacja|zaktualizowano)|"
        "published|posted|created|written|veröffentlicht|veröffentlichung|publiziert|erstellt|publié|"
        "publicado|"
        "pubblicato|opublikowano|publikacja|release date|datum|date|fecha|data|stand|am|le|el|on))\\b"
        "(?:\\s+(?:on|at|am|um|le|el|em|il|dnia|de))?\\s*[:.|-]?\\s*"_s);
    const auto m = cueRe.match(line);
    if (m.hasMatch()) {
        const QString rest = line.mid(m.capturedEnd()).trimmed();
        const QString cueText = m.captured(0).toLower();
        static const QRegularExpression bareCue =
            cue(u"^(?:updated|aktualisiert|published|veröffentlicht|veröffentlichung|publikacja|opublikowano|"
                "release date|erstellt am|zuletzt aktualisiert|last updated|publié le|mis à jour le|"
                "publicado|actualizado|atualizado|this entry was posted|der beitrag wurde am)\\s*[:.]?$"_s);
        const bool isUpdate = cueText.contains(u"updat"_s) || cueText.contains(u"aktualis"_s) ||
            cueText.contains(u"mis à jour"_s) || cueText.contains(u"actualiz"_s) ||
            cueText.contains(u"atualiz"_s) || cueText.contains(u"aggiorn"_s) ||
            cueText.contains(u"modifi"_s) || cueText.contains(u"geändert"_s);
        if ((rest.isEmpty() && bareCue.match(line).hasMatch()) ||
            (!rest.isEmpty() && line.size() <= 130 && isDateOnly(rest, true))) {
            if (updateOut)
                *updateOut = isUpdate;
            return true;
        }
        static const QRegularExpression postMeta =
            cue(u"\\b(?:abgelegt unter|filed under|posted in|kategorie|category|tags|trackback|rss)\\b"_s);
        const DateInText d = findDate(rest);
        if (line.size() <= 400 && d.isValid() && d.position <= 20 && postMeta.match(rest).hasMatch()) {
            if (updateOut)
                *updateOut = isUpdate;
            return true; // "Erstellt am … um 23:30 und abgelegt unter …"
        }
        if (m.capturedLength() > 0 && !rest.isEmpty() && rest != line)
            return false;
    }
    if (updateOut)
        *updateOut = false;
    return isDateOnly(line, false);
}

QString bylineNames(const QString &line)
{
    if (line.size() > 120)
        return {};
    static const QRegularExpression re =
        cue(u"^(?:by|von|par|por|di|door|przez|autor(?:in)?|author|text|texto|texte|written by|reported by|"
            "geschrieben von|verfasst von|ein beitrag von|un article de)\\s*:?\\s+(.+)$"_s);
    const auto m = re.match(line);
    if (!m.hasMatch())
        return {};
    QString rest = m.captured(1);
    static const QRegularExpression postMeta = cue(u"\\s+(?:in|im|en|dans|em)\\s+[\\p{L}\\d ,&-]{1,60}$"_s);
    rest.remove(postMeta); // "By Jane Doe in Fashion"
    static const QRegularExpression cut(
        u"\\s+[-–—|•·]\\s+|\\s*[|•·]\\s*|,\\s*(?=\\d|\\p{L}+\\.? \\d)|\\s+(?:on|am|le|el|il|em)\\s+(?=\\d|\\p{L}+\\.? \\d)|\\s+\\d"_s,
        QRegularExpression::UseUnicodePropertiesOption);
    const auto c = cut.match(rest);
    const QString after = c.hasMatch() ? rest.mid(c.capturedStart()) : QString();
    if (c.hasMatch())
        rest = rest.left(c.capturedStart());
    rest = rest.trimmed();
    if (!after.isEmpty()) {
        // What follows the names must be a date or a role, not a sentence.
        const QString tail = after.section(QRegularExpression(u"^[\\s,|•·–—-]+"_s), 1).trimmed();
        if (tail.size() > 60 || (tail.endsWith(u'.') && tail.count(u' ') > 6))
            return {};
    } else if (rest.endsWith(u'.') && rest.count(u' ') > 3) {
        return {};
    }
    static const QSet<QString> particles {
        u"de"_s, u"da"_s, u"del"_s, u"van"_s, u"von"_s, u"der"_s, u"den"_s, u"und"_s, u"and"_s, u"y"_s,
        u"e"_s,  u"et"_s, u"&"_s,   u"i"_s,   u"la"_s,  u"le"_s,  u"di"_s,  u"dos"_s, u"zu"_s};
    const QStringList words = rest.split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty() || words.size() > 7)
        return {};
    int names = 0;
    for (const QString &w : words) {
        if (particles.contains(w.toLower()))
            continue;
        if (w.front().isUpper() && !w.front().isDigit()) {
            ++names;
            continue;
        }
        return {};
    }
    if (names == 0 || !words.front().front().isUpper())
        return {};
    return rest.remove(QRegularExpression(u"[,;:]+$"_s));
}

namespace {
const QString &creditLabels()
{
    static const QString labels =
        u"photos?|photograph(?:y|s)?|photo credits?|image(?:s| credits?)?|picture|pictures|credits?|"
        "illustration|grafik|foto(?:s|grafie|grafía|grafia)?|bild(?:er|quelle|nachweis)?|titelbild|"
        "beitragsbild|imagen(?:es)?|imagem|crédits? photos?|crédits?|fotografía|fot\\.|zdjęcie|"
        "źródło zdjęcia|źródło|fuente|quelle|source|bron|video"_s;
    return labels;
}

const QString &agencies()
{
    static const QString names =
        u"getty(?: ?images)?|afp|reuters|ap|associated press|dpa|epa(?:-efe)?|efe|ansa|imago(?: images)?|"
        "istock(?:photo)?(?:\\.com)?|shutterstock(?:\\.com)?|picture[- ]alliance|keystone|wenn(?:\\.com)?|"
        "bestimage|xinhua|anadolu(?: agency)?|sipa(?: press)?|abaca(?:press)?|alamy|unsplash|pixabay|"
        "adobe ?stock|stock\\.adobe\\.com|fotolia|depositphotos|123rf|dreamstime|pa(?: images| wire)?|"
        "press association|zuma(?: press| wire)?|rex(?: features)?|eyevine|sportsfile|action images|"
        "flickr|wikimedia(?: commons)?|ddp(?: images)?|apa|kna|epd|télam|telam|ullstein ?bild|"
        "imagno|pexels|pap|kap|dpa-infocom|cc[- ]by(?:-sa|-nd|-nc)*(?: \\d\\.\\d)?"_s;
    return names;
}
} // namespace

QString creditLine(const QString &line, bool *label)
{
    if (label)
        *label = false;
    if (line.size() > 140)
        return {};
    static const QRegularExpression labelled = cue(
        u"^\\(?\\s*(?:"_s + creditLabels() + u")\\s*(?::|©|by|von|de|via|:\\s*©)\\s*(.{0,120}?)\\s*\\)?$"_s);
    static const QRegularExpression copyright =
        cue(u"^\\(?\\s*(?:©|\\(c\\)|copyright)\\s*(.{1,80}?)\\s*\\)?$"_s);
    static const QRegularExpression agency = cue(
        u"^\\(?\\s*((?:[\\p{L}.'’-]+\\s+){0,4}?(?:"_s + agencies() +
        u")(?:\\s*(?:/|\\||,|via)\\s*[\\p{L}.'’ -]{0,60})?|[\\p{L}.'’ -]{1,60}?\\s*(?:/|\\||via)\\s*(?:"_s +
        agencies() + u"))\\s*\\)?$"_s);
    if (auto m = labelled.match(line); m.hasMatch()) {
        const QString credit = m.captured(1).trimmed();
        if (credit.isEmpty() && label)
            *label = true;
        return credit.isEmpty() ? line : credit;
    }
    if (auto m = copyright.match(line); m.hasMatch() && !isCopyright(m.captured(1)) &&
        !m.captured(1).contains(QRegularExpression(u"\\b(?:19|20)\\d\\d\\b"_s)))
        return m.captured(1).trimmed();
    if (auto m = agency.match(line); m.hasMatch())
        return m.captured(1).trimmed();
    return {};
}

bool splitTrailingCredit(const QString &line, QString *caption, QString *credit)
{
    if (line.size() > 400)
        return false;
    static const QRegularExpression paren =
        cue(u"\\s*\\(\\s*((?:(?:"_s + creditLabels() + u")\\s*(?::|©|by)|©)[^()]{1,100}|(?:"_s + agencies() +
            u")\\s*/[^()]{1,80}|[^()]{1,60}/\\s*(?:"_s + agencies() + u"))\\s*\\)[.\\s]*$"_s);
    static const QRegularExpression tail = cue(u"(?:^|[.!?»“”\"]\\s+|\\s[|/–—-]\\s*)((?:"_s + creditLabels() +
                                               u")\\s*:\\s*[^.!?]{1,100}|©\\s*[^.!?]{1,80})$"_s);
    QRegularExpressionMatch m = paren.match(line);
    if (!m.hasMatch())
        m = tail.match(line);
    if (!m.hasMatch())
        return false;
    const QString before = line.left(m.capturedStart()).trimmed();
    if (before.isEmpty())
        return false;
    QString found = m.captured(1).trimmed();
    static const QRegularExpression labelPart = cue(u"^(?:"_s + creditLabels() + u")\\s*(?::|©|by)\\s*"_s);
    found.remove(labelPart);
    if (caption)
        *caption = before;
    if (credit)
        *credit = found.trimmed();
    return true;
}

} // namespace Gloss::CueWords
