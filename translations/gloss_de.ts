<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Gloss::AnchorCommand</name>
    <message>
        <source>Usage: gloss-cli anchor --text FILE --selector SELECTOR.json
Finds a highlight again in a text and prints {&quot;start&quot;, &quot;end&quot;, &quot;score&quot;, &quot;status&quot;}.
FILE is UTF-8 text (or an article.json); SELECTOR.json is a TextQuoteSelector, a
TextPositionSelector, a list of both, or an annotation with target.selector.
Positions are UTF-16 code units unless the JSON has &quot;positionUnit&quot;: &quot;codepoint&quot;;
the output uses the same unit.
</source>
        <translation>Aufruf: gloss-cli anchor --text DATEI --selector SELEKTOR.json
Findet eine Hervorhebung in einem Text wieder und gibt {"start", "end", "score", "status"} aus.
DATEI ist UTF-8-Text (oder eine article.json); SELEKTOR.json ist ein TextQuoteSelector, ein
TextPositionSelector, eine Liste aus beiden oder eine Annotation mit target.selector.
Positionen zählen UTF-16-Codeeinheiten, außer das JSON enthält "positionUnit": "codepoint";
die Ausgabe verwendet dieselbe Einheit.
</translation>
    </message>
    <message>
        <source>Unknown positionUnit &quot;%1&quot; (codepoint or utf16).</source>
        <translation>Unbekannte positionUnit „%1“ (codepoint oder utf16).</translation>
    </message>
    <message>
        <source>The TextQuoteSelector has no &quot;exact&quot; text.</source>
        <translation>Der TextQuoteSelector hat keinen „exact“-Text.</translation>
    </message>
    <message>
        <source>The TextPositionSelector needs 0 &lt;= start &lt;= end (integers).</source>
        <translation>Der TextPositionSelector braucht 0 &lt;= start &lt;= end (ganze Zahlen).</translation>
    </message>
    <message>
        <source>No TextQuoteSelector or TextPositionSelector found.</source>
        <translation>Kein TextQuoteSelector oder TextPositionSelector gefunden.</translation>
    </message>
    <message>
        <source>The text is not valid UTF-8.</source>
        <translation>Der Text ist kein gültiges UTF-8.</translation>
    </message>
    <message>
        <source>Unknown argument: %1</source>
        <translation>Unbekanntes Argument: %1</translation>
    </message>
    <message>
        <source>%1 needs a file name.</source>
        <translation>%1 braucht einen Dateinamen.</translation>
    </message>
    <message>
        <source>Both --text and --selector are required.</source>
        <translation>--text und --selector sind beide erforderlich.</translation>
    </message>
    <message>
        <source>Invalid JSON at offset %1: %2</source>
        <translation>Ungültiges JSON an Position %1: %2</translation>
    </message>
</context>
<context>
    <name>Gloss::Annotation</name>
    <message>
        <source>The selection is empty or outside the article.</source>
        <translation>Die Auswahl ist leer oder liegt außerhalb des Artikels.</translation>
    </message>
    <message>
        <source>The selection holds only white space.</source>
        <translation>Die Auswahl enthält nur Leerraum.</translation>
    </message>
    <message>
        <source>An annotation has no id.</source>
        <translation>Eine Anmerkung hat keine Kennung.</translation>
    </message>
    <message>
        <source>Annotation %1 has no usable quote or position.</source>
        <translation>Die Anmerkung %1 hat kein verwendbares Zitat und keine verwendbare Position.</translation>
    </message>
    <message>
        <source>The annotations file has no schema version.</source>
        <translation>Die Anmerkungsdatei hat keine Schemaversion.</translation>
    </message>
    <message>
        <source>The annotations were saved by a newer Gloss (schema %1). Update Gloss to open them.</source>
        <translation>Die Anmerkungen wurden von einer neueren Gloss-Version gespeichert (Schema %1). Aktualisieren Sie Gloss, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>The annotations file has no list of annotations.</source>
        <translation>Die Anmerkungsdatei enthält keine Liste von Anmerkungen.</translation>
    </message>
    <message>
        <source>Note %1 is on an entity without a name.</source>
        <translation>Die Notiz %1 bezieht sich auf eine Entität ohne Namen.</translation>
    </message>
</context>
<context>
    <name>Gloss::AnnotationActions</name>
    <message>
        <source>&amp;Highlight</source>
        <translation>&amp;Hervorheben</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>Highlight with &amp;Note…</source>
        <translation>Mit &amp;Notiz hervorheben …</translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <source>&amp;Edit Note…</source>
        <translation>Notiz &amp;bearbeiten …</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>&amp;Delete Annotation</source>
        <translation>Anmerkung &amp;löschen</translation>
    </message>
    <message>
        <source>Note on the &amp;Article…</source>
        <translation>Notiz zum &amp;Artikel …</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Ne&amp;xt Highlight</source>
        <translation>Nä&amp;chste Hervorhebung</translation>
    </message>
    <message>
        <source>F8</source>
        <translation>F8</translation>
    </message>
    <message>
        <source>Pre&amp;vious Highlight</source>
        <translation>&amp;Vorherige Hervorhebung</translation>
    </message>
    <message>
        <source>Shift+F8</source>
        <translation>Shift+F8</translation>
    </message>
    <message>
        <source>Re-attach to &amp;Selection</source>
        <translation>An &amp;Auswahl neu anheften</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>&amp;Keep Detached</source>
        <translation>&amp;Ohne Textstelle behalten</translation>
    </message>
    <message>
        <source>Colour &amp;Meanings…</source>
        <translation>&amp;Bedeutung der Farben …</translation>
    </message>
    <message>
        <source>Highlight &amp;Colour</source>
        <translation>Hervorhebungs&amp;farbe</translation>
    </message>
    <message>
        <source>Note on “%1”</source>
        <translation>Notiz zu „%1“</translation>
    </message>
    <message>
        <source>Alt+%1</source>
        <translation>Alt+%1</translation>
    </message>
    <message>
        <source>Note on %1</source>
        <translation>Notiz zu %1</translation>
    </message>
</context>
<context>
    <name>Gloss::AnnotationCommands</name>
    <message>
        <source>Highlight</source>
        <translation>Hervorhebung</translation>
    </message>
    <message>
        <source>Delete Highlight</source>
        <translation>Hervorhebung löschen</translation>
    </message>
</context>
<context>
    <name>Gloss::AnnotationDock</name>
    <message>
        <source>Annotations</source>
        <translation>Anmerkungen</translation>
    </message>
    <message>
        <source>Highlights and notes</source>
        <translation>Hervorhebungen und Notizen</translation>
    </message>
    <message>
        <source>Needs &amp;review</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Highlight colours and their meanings</source>
        <translation>Hervorhebungsfarben und ihre Bedeutung</translation>
    </message>
    <message>
        <source>Search quotes, notes and tags</source>
        <translation>Zitate, Notizen und Schlagwörter durchsuchen</translation>
    </message>
    <message>
        <source>Search annotations</source>
        <translation>Anmerkungen durchsuchen</translation>
    </message>
    <message>
        <source>Show highlights of colour</source>
        <translation>Hervorhebungen dieser Farbe zeigen</translation>
    </message>
    <message>
        <source>Show annotations with tag</source>
        <translation>Anmerkungen mit diesem Schlagwort zeigen</translation>
    </message>
    <message>
        <source>Only highlights whose place Gloss could not confirm after the article changed</source>
        <translation>Nur Hervorhebungen, deren Stelle Gloss nach einer Änderung des Artikels nicht bestätigen konnte</translation>
    </message>
    <message>
        <source>All colours</source>
        <translation>Alle Farben</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle Schlagwörter</translation>
    </message>
</context>
<context>
    <name>Gloss::AnnotationModel</name>
    <message>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>(whole article)</source>
        <translation>(ganzer Artikel)</translation>
    </message>
    <message>
        <source>(about %1)</source>
        <translation>(zu %1)</translation>
    </message>
    <message>
        <source>Needs review: the article changed and Gloss is not sure where this highlight belongs.</source>
        <translation>Zu prüfen: Der Artikel hat sich geändert und Gloss ist nicht sicher, wohin diese Hervorhebung gehört.</translation>
    </message>
    <message>
        <source>%1 highlight: %2</source>
        <translation>Hervorhebung „%1“: %2</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
</context>
<context>
    <name>Gloss::Article</name>
    <message>
        <source>The article data is damaged: %1</source>
        <translation>Die Artikeldaten sind beschädigt: %1</translation>
    </message>
    <message>
        <source>This article was saved by a newer Gloss (schema %1; this version reads up to %2). Update Gloss to open it.</source>
        <translation>Dieser Artikel wurde von einer neueren Gloss-Version gespeichert (Schema %1; diese Version liest bis %2). Aktualisieren Sie Gloss, um ihn zu öffnen.</translation>
    </message>
</context>
<context>
    <name>Gloss::Cleaner</name>
    <message>
        <source>The input is larger than %1 MB, the most Gloss reads.</source>
        <translation>Die Eingabe ist größer als %1 MB, mehr liest Gloss nicht.</translation>
    </message>
    <message>
        <source>The input is empty.</source>
        <translation>Die Eingabe ist leer.</translation>
    </message>
    <message>
        <source>The input is binary data, not text or HTML.</source>
        <translation>Die Eingabe besteht aus Binärdaten, nicht aus Text oder HTML.</translation>
    </message>
    <message>
        <source>No article text was found in the input.</source>
        <translation>In der Eingabe wurde kein Artikeltext gefunden.</translation>
    </message>
</context>
<context>
    <name>Gloss::Cli</name>
    <message>
        <source>Exports an article&apos;s annotations as W3C Web Annotations, or imports W3C or Hypothesis annotations into it.</source>
        <translation>Exportiert die Anmerkungen eines Artikels als W3C Web Annotations oder importiert W3C- oder Hypothesis-Anmerkungen in ihn.</translation>
    </message>
    <message>
        <source>The library folder.</source>
        <translation>Der Bibliotheksordner.</translation>
    </message>
    <message>
        <source>Write to &lt;file&gt; instead of standard output.</source>
        <translation>In &lt;Datei&gt; statt in die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>export or import</source>
        <translation>export oder import</translation>
    </message>
    <message>
        <source>Article id, or the path of an article folder</source>
        <translation>Artikelkennung oder Pfad eines Artikelordners</translation>
    </message>
    <message>
        <source>For import: the annotations file</source>
        <translation>Beim Import: die Anmerkungsdatei</translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 need review</source>
        <translation>%1 hinzugefügt, %2 aktualisiert, %3 zu prüfen</translation>
    </message>
    <message>
        <source>Cleans web pages and text dumps into articles.</source>
        <translation>Bereinigt Webseiten und Textabzüge zu Artikeln.</translation>
    </message>
    <message>
        <source>Output format: json or text.</source>
        <translation>Ausgabeformat: json oder text.</translation>
    </message>
    <message>
        <source>Input files</source>
        <translation>Eingabedateien</translation>
    </message>
    <message>
        <source>Unknown format: %1</source>
        <translation>Unbekanntes Format: %1</translation>
    </message>
    <message>
        <source>No input files.</source>
        <translation>Keine Eingabedateien.</translation>
    </message>
    <message>
        <source>Lists the people, organisations and places of an article.</source>
        <translation>Listet die Personen, Organisationen und Orte eines Artikels auf.</translation>
    </message>
    <message>
        <source>Input file</source>
        <translation>Eingabedatei</translation>
    </message>
    <message>
        <source>Give exactly one file.</source>
        <translation>Geben Sie genau eine Datei an.</translation>
    </message>
    <message>
        <source>Usage: gloss-cli COMMAND [options]
Gloss without a window: clean news articles, list their entities, anchor and exchange annotations.

Commands:
  clean FILE...                       clean files into articles (JSON or text)
  entities FILE                       list the entities of an article
  anchor --text FILE --selector FILE  find a highlight again in a text
  annotations export ARTICLE          an article&apos;s annotations as W3C JSON-LD
  annotations import ARTICLE FILE     import W3C or Hypothesis annotations

Run gloss-cli COMMAND --help for a command&apos;s options.
</source>
        <translation>Aufruf: gloss-cli BEFEHL [Optionen]
Gloss ohne Fenster: Nachrichtenartikel bereinigen, ihre Entitäten auflisten, Anmerkungen verankern und austauschen.

Befehle:
  clean DATEI...                       Dateien zu Artikeln bereinigen (JSON oder Text)
  entities DATEI                       die Entitäten eines Artikels auflisten
  anchor --text DATEI --selector DATEI eine Hervorhebung in einem Text wiederfinden
  annotations export ARTIKEL           die Anmerkungen eines Artikels als W3C JSON-LD
  annotations import ARTIKEL DATEI     W3C- oder Hypothesis-Anmerkungen importieren

Mit gloss-cli BEFEHL --help erscheinen die Optionen eines Befehls.
</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Unbekannter Befehl: %1</translation>
    </message>
</context>
<context>
    <name>Gloss::Document</name>
    <message>
        <source>Article Note</source>
        <translation>Notiz zum Artikel</translation>
    </message>
    <message>
        <source>Entity Note</source>
        <translation>Notiz zur Entität</translation>
    </message>
    <message>
        <source>Edit Annotation</source>
        <translation>Anmerkung bearbeiten</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <source>Change Colour</source>
        <translation>Farbe ändern</translation>
    </message>
    <message>
        <source>Edit Tags</source>
        <translation>Schlagwörter bearbeiten</translation>
    </message>
    <message>
        <source>There is no such highlight.</source>
        <translation>Diese Hervorhebung gibt es nicht.</translation>
    </message>
    <message>
        <source>Re-attach Highlight</source>
        <translation>Hervorhebung neu anheften</translation>
    </message>
    <message>
        <source>Keep Detached</source>
        <translation>Ohne Textstelle behalten</translation>
    </message>
    <message numerus="yes">
        <source>Import %n Annotation(s)</source>
        <translation>
            <numerusform>%n Anmerkung importieren</numerusform>
            <numerusform>%n Anmerkungen importieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Update Annotation</source>
        <translation>Anmerkung aktualisieren</translation>
    </message>
    <message>
        <source>No article is open.</source>
        <translation>Es ist kein Artikel geöffnet.</translation>
    </message>
</context>
<context>
    <name>Gloss::EntityDock</name>
    <message>
        <source>Entities</source>
        <translation>Entitäten</translation>
    </message>
    <message>
        <source>Filter entities</source>
        <translation>Entitäten filtern</translation>
    </message>
    <message>
        <source>Entities in the article</source>
        <translation>Entitäten im Artikel</translation>
    </message>
    <message>
        <source>&amp;Note on Entity…</source>
        <translation>&amp;Notiz zur Entität …</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
</context>
<context>
    <name>Gloss::EntityModel</name>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Erwähnungen</translation>
    </message>
</context>
<context>
    <name>Gloss::HighlightPalette</name>
    <message>
        <source>Claim</source>
        <translation>Behauptung</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Nachhaken</translation>
    </message>
</context>
<context>
    <name>Gloss::JsonFile</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Die Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>%1 is too large (%2 MB; the limit is %3 MB).</source>
        <translation>%1 ist zu groß (%2 MB; die Grenze liegt bei %3 MB).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2 at byte %3).</source>
        <translation>%1 ist kein gültiges JSON (%2 bei Byte %3).</translation>
    </message>
    <message>
        <source>%1 does not hold a JSON object.</source>
        <translation>%1 enthält kein JSON-Objekt.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation>Das Schreiben von %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Saving %1 failed: %2</source>
        <translation>Das Speichern von %1 ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>Gloss::LibraryStore</name>
    <message>
        <source>The library location %1 is a file, not a folder.</source>
        <translation>Der Bibliotheksort %1 ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <source>Cannot create the library folder %1.</source>
        <translation>Der Bibliotheksordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot create the article folder %1.</source>
        <translation>Der Artikelordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The annotations of this article could not be read, so Gloss does not save over them. Repair or move %1 and reopen the article.</source>
        <translation>Die Anmerkungen dieses Artikels konnten nicht gelesen werden, deshalb überschreibt Gloss sie nicht. Reparieren oder verschieben Sie %1 und öffnen Sie den Artikel erneut.</translation>
    </message>
    <message>
        <source>The original source of this article is not in the library.</source>
        <translation>Die Originalquelle dieses Artikels ist nicht in der Bibliothek.</translation>
    </message>
</context>
<context>
    <name>Gloss::MainWindow</name>
    <message>
        <source>Gloss</source>
        <translation>Gloss</translation>
    </message>
    <message>
        <source>%1 — Gloss</source>
        <translation>%1 — Gloss</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Speichern nicht möglich</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;About Gloss</source>
        <translation>&amp;Über Gloss</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Entities</source>
        <translation>&amp;Entitäten</translation>
    </message>
    <message>
        <source>&amp;Annotations</source>
        <translation>A&amp;nmerkungen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Could not open the article</source>
        <translation>Der Artikel konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Annotations not loaded</source>
        <translation>Anmerkungen nicht geladen</translation>
    </message>
    <message>
        <source>%1

The article is shown without them; the file is left as it is.</source>
        <translation>%1

Der Artikel wird ohne sie angezeigt; die Datei bleibt unverändert.</translation>
    </message>
    <message>
        <source>Could not open the file</source>
        <translation>Die Datei konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Could not import the file</source>
        <translation>Die Datei konnte nicht importiert werden</translation>
    </message>
    <message>
        <source>Open Article</source>
        <translation>Artikel öffnen</translation>
    </message>
    <message>
        <source>Articles (*.html *.htm *.txt *.md);;All files (*)</source>
        <translation>Artikel (*.html *.htm *.txt *.md);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>About Gloss</source>
        <translation>Über Gloss</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Gloss %1&lt;/h3&gt;&lt;p&gt;A reader and annotator for news articles.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later. Built with Qt, KDE Syntax Highlighting (MIT), gumbo (Apache 2.0) and poppler (GPL).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Gloss %1&lt;/h3&gt;&lt;p&gt;Ein Lese- und Anmerkungswerkzeug für Nachrichtenartikel.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU General Public License, Version 3 oder später. Erstellt mit Qt, KDE Syntax Highlighting (MIT), gumbo (Apache 2.0) und poppler (GPL).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Re-clean Article</source>
        <translation>Artikel neu &amp;bereinigen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Clean the article&apos;s original source again; highlights are re-anchored</source>
        <translation>Die Originalquelle des Artikels erneut bereinigen; Hervorhebungen werden neu verankert</translation>
    </message>
    <message>
        <source>E&amp;xport Annotations (W3C)…</source>
        <translation>Anmerkungen e&amp;xportieren (W3C) …</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>&amp;Import Annotations…</source>
        <translation>Anmerkungen &amp;importieren …</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>Import Annotations</source>
        <translation>Anmerkungen importieren</translation>
    </message>
    <message>
        <source>Web Annotations or Hypothesis export (*.json *.jsonld);;All files (*)</source>
        <translation>Web Annotations oder Hypothesis-Export (*.json *.jsonld);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation>An&amp;merken</translation>
    </message>
    <message>
        <source>Could not re-clean the article</source>
        <translation>Der Artikel konnte nicht neu bereinigt werden</translation>
    </message>
    <message>
        <source>Highlights: %1 in place, %2 moved with their text, %3 matched approximately, %4 need review</source>
        <translation>Hervorhebungen: %1 an ihrer Stelle, %2 mit ihrem Text verschoben, %3 ungefähr gefunden, %4 zu prüfen</translation>
    </message>
    <message>
        <source>Highlights need review</source>
        <translation>Hervorhebungen prüfen</translation>
    </message>
    <message numerus="yes">
        <source>The article&apos;s text changed and Gloss is not sure where %n highlight(s) belong. They are listed under “Needs review”: select the right words and choose Annotate → Re-attach to Selection, or keep them detached.</source>
        <translation>
            <numerusform>Der Text des Artikels hat sich geändert und Gloss ist nicht sicher, wohin %n Hervorhebung gehört. Sie steht unter „Prüfen“: Markieren Sie die richtigen Wörter und wählen Sie Anmerken → An Auswahl neu anheften, oder behalten Sie sie ohne Textstelle.</numerusform>
            <numerusform>Der Text des Artikels hat sich geändert und Gloss ist nicht sicher, wohin %n Hervorhebungen gehören. Sie stehen unter „Prüfen“: Markieren Sie die richtigen Wörter und wählen Sie Anmerken → An Auswahl neu anheften, oder behalten Sie sie ohne Textstelle.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Annotations</source>
        <translation>Anmerkungen exportieren</translation>
    </message>
    <message>
        <source>Web Annotations (*.jsonld *.json)</source>
        <translation>Web Annotations (*.jsonld *.json)</translation>
    </message>
    <message>
        <source>Could not export the annotations</source>
        <translation>Die Anmerkungen konnten nicht exportiert werden</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n annotation(s) to %1</source>
        <translation>
            <numerusform>%n Anmerkung nach %1 exportiert</numerusform>
            <numerusform>%n Anmerkungen nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not import the annotations</source>
        <translation>Die Anmerkungen konnten nicht importiert werden</translation>
    </message>
    <message>
        <source>%1

Nothing was imported.</source>
        <translation>%1

Es wurde nichts importiert.</translation>
    </message>
</context>
<context>
    <name>Gloss::MeaningsDialog</name>
    <message>
        <source>Colour Meanings</source>
        <translation>Bedeutung der Farben</translation>
    </message>
    <message>
        <source>What does each highlight colour mean to you?</source>
        <translation>Was bedeutet jede Hervorhebungsfarbe für Sie?</translation>
    </message>
    <message>
        <source>Meaning of colour %1</source>
        <translation>Bedeutung der Farbe %1</translation>
    </message>
</context>
<context>
    <name>Gloss::NoteDialog</name>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Annotated text</source>
        <translation>Angemerkter Text</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. source, check</source>
        <translation>Durch Kommas getrennt, z. B. Quelle, prüfen</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Highlight colour</source>
        <translation>Hervorhebungsfarbe</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Schlagwörter:</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Farbe:</translation>
    </message>
</context>
<context>
    <name>Gloss::NoteEditor</name>
    <message>
        <source>Note (Markdown)</source>
        <translation>Notiz (Markdown)</translation>
    </message>
    <message>
        <source>Write a note in Markdown…</source>
        <translation>Notiz in Markdown schreiben …</translation>
    </message>
    <message>
        <source>Note preview</source>
        <translation>Notizvorschau</translation>
    </message>
</context>
<context>
    <name>Gloss::ReaderView</name>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
</context>
<context>
    <name>Gloss::Startup</name>
    <message>
        <source>The sample article is missing.</source>
        <translation>Der Beispielartikel fehlt.</translation>
    </message>
</context>
<context>
    <name>Gloss::WebAnnotation</name>
    <message>
        <source>Annotation %1 has no target.</source>
        <translation>Die Anmerkung %1 hat kein Ziel.</translation>
    </message>
    <message>
        <source>Annotation %1 has neither a quote nor a note.</source>
        <translation>Die Anmerkung %1 hat weder ein Zitat noch eine Notiz.</translation>
    </message>
    <message>
        <source>The annotations are not valid JSON (%1 at byte %2).</source>
        <translation>Die Anmerkungen sind kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
    <message>
        <source>The annotation collection has no embedded first page; Gloss cannot fetch pages from the web.</source>
        <translation>Die Anmerkungssammlung enthält keine eingebettete erste Seite; Gloss lädt keine Seiten aus dem Netz.</translation>
    </message>
    <message>
        <source>This is neither a W3C Web Annotation document nor a Hypothesis export.</source>
        <translation>Dies ist weder ein W3C-Web-Annotation-Dokument noch ein Hypothesis-Export.</translation>
    </message>
    <message>
        <source>The file holds %1 annotations; Gloss imports at most %2 at once.</source>
        <translation>Die Datei enthält %1 Anmerkungen; Gloss importiert höchstens %2 auf einmal.</translation>
    </message>
    <message>
        <source>Item %1 is not an annotation.</source>
        <translation>Eintrag %1 ist keine Anmerkung.</translation>
    </message>
    <message>
        <source>Item %1 is not of type Annotation.</source>
        <translation>Eintrag %1 ist nicht vom Typ Annotation.</translation>
    </message>
    <message>
        <source>Item %1: %2</source>
        <translation>Eintrag %1: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Read, annotate and export news articles.</source>
        <translation>Nachrichtenartikel lesen, kommentieren und exportieren.</translation>
    </message>
    <message>
        <source>Use the library in &lt;folder&gt;.</source>
        <translation>Die Bibliothek in &lt;Ordner&gt; verwenden.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>An article to open (HTML or text).</source>
        <translation>Ein zu öffnender Artikel (HTML oder Text).</translation>
    </message>
    <message>
        <source>Gloss</source>
        <translation>Gloss</translation>
    </message>
    <message>
        <source>Save a picture of the window to &lt;file&gt; and quit.</source>
        <translation>Ein Bild des Fensters in &lt;Datei&gt; speichern und beenden.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
</context>
</TS>
