<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Gloss::AnchorCommand</name>
    <message>
        <source>Usage: gloss-cli anchor --text FILE --selector SELECTOR.json
Finds a highlight again in a text and prints {"start", "end", "score", "status"}.
FILE is UTF-8 text (or an article.json); SELECTOR.json is a TextQuoteSelector, a
TextPositionSelector, a list of both, or an annotation with target.selector.
Positions are UTF-16 code units unless the JSON has "positionUnit": "codepoint";
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
        <source>Unknown positionUnit "%1" (codepoint or utf16).</source>
        <translation>Unbekannte positionUnit „%1“ (codepoint oder utf16).</translation>
    </message>
    <message>
        <source>The TextQuoteSelector has no "exact" text.</source>
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
    <message>
        <source>Created %1</source>
        <translation>Erstellt %1</translation>
    </message>
</context>
<context>
    <name>Gloss::AnnotationsRecovery</name>
    <message>
        <source>Annotations not loaded</source>
        <translation>Anmerkungen nicht geladen</translation>
    </message>
    <message>
        <source>%1

The article is shown without its annotations; the file is left as it is. New highlights are kept, but they cannot be saved until you choose what to do with the damaged file.</source>
        <translation>%1

Der Artikel wird ohne seine Anmerkungen gezeigt; die Datei bleibt, wie sie ist. Neue Markierungen bleiben erhalten, können aber erst gespeichert werden, wenn Sie entscheiden, was mit der beschädigten Datei geschehen soll.</translation>
    </message>
    <message>
        <source>&amp;Restore Last Backup</source>
        <translation>Letzte &amp;Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Set Aside and Start New</source>
        <translation>&amp;Beiseitelegen und neu beginnen</translation>
    </message>
    <message>
        <source>Decide &amp;Later</source>
        <translation>&amp;Später entscheiden</translation>
    </message>
    <message>
        <source>Could not repair the annotations</source>
        <translation>Die Anmerkungen konnten nicht repariert werden</translation>
    </message>
    <message>
        <source>Highlights Not Saved</source>
        <translation>Markierungen nicht gespeichert</translation>
    </message>
    <message>
        <source>The annotations file of this article is damaged, so the highlights you made since opening it were not saved. Quit and lose them?</source>
        <translation>Die Anmerkungsdatei dieses Artikels ist beschädigt, daher wurden die Markierungen seit dem Öffnen nicht gespeichert. Beenden und sie verlieren?</translation>
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
    <name>Gloss::ArticleExporter</name>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportieren …</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <source>Could not export the PDF</source>
        <translation>Das PDF konnte nicht exportiert werden</translation>
    </message>
    <message numerus="yes">
        <source>Exported to %1: %n highlight(s)</source>
        <translation>
            <numerusform>Nach %1 exportiert: %n Hervorhebung</numerusform>
            <numerusform>Nach %1 exportiert: %n Hervorhebungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview of %1</source>
        <translation>Vorschau von %1</translation>
    </message>
    <message>
        <source>E&amp;xport Annotations (W3C)…</source>
        <translation>Anmerkungen e&amp;xportieren (W3C) …</translation>
    </message>
    <message>
        <source>&amp;Import Annotations…</source>
        <translation>Anmerkungen &amp;importieren …</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
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
    <name>Gloss::ArticleImporter</name>
    <message>
        <source>Open &amp;Web Address…</source>
        <translation>&amp;Webadresse öffnen …</translation>
    </message>
    <message>
        <source>&amp;Paste as New Article</source>
        <translation>Als neuen Artikel ein&amp;fügen</translation>
    </message>
    <message>
        <source>&amp;Cancel Download</source>
        <translation>Herunterladen &amp;abbrechen</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Open Web Address</source>
        <translation>Webadresse öffnen</translation>
    </message>
    <message>
        <source>Address of the article:</source>
        <translation>Adresse des Artikels:</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <source>The clipboard holds no text, web page or address.</source>
        <translation>Die Zwischenablage enthält keinen Text, keine Webseite und keine Adresse.</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Downloading… %1 of %2 KB (Esc to cancel)</source>
        <translation>Herunterladen … %1 von %2 KB (Esc bricht ab)</translation>
    </message>
    <message>
        <source>Downloading… %1 KB (Esc to cancel)</source>
        <translation>Herunterladen … %1 KB (Esc bricht ab)</translation>
    </message>
    <message>
        <source>Could not download the article</source>
        <translation>Der Artikel konnte nicht heruntergeladen werden</translation>
    </message>
    <message>
        <source>Could not open the file</source>
        <translation>Die Datei konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Downloading %1… (Esc to cancel)</source>
        <translation>%1 wird heruntergeladen … (Esc bricht ab)</translation>
    </message>
    <message>
        <source>This article is already in your library.</source>
        <translation>Dieser Artikel ist bereits in Ihrer Bibliothek.</translation>
    </message>
    <message>
        <source>Could not import the article</source>
        <translation>Der Artikel konnte nicht importiert werden</translation>
    </message>
    <message>
        <source>Article Already in the Library</source>
        <translation>Artikel bereits in der Bibliothek</translation>
    </message>
    <message>
        <source>“%1” is already in your library, in a different version. Update it to this version? The earlier version is kept, and your highlights move with the text.</source>
        <translation>„%1“ ist bereits in einer anderen Fassung in Ihrer Bibliothek. Auf diese Fassung aktualisieren? Die frühere Fassung bleibt erhalten, und Ihre Hervorhebungen wandern mit dem Text.</translation>
    </message>
    <message>
        <source>&amp;Update to This Version</source>
        <translation>Auf diese Fassung &amp;aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Keep Both</source>
        <translation>&amp;Beide behalten</translation>
    </message>
    <message>
        <source>“%1” was updated; the earlier version is kept.</source>
        <translation>„%1“ wurde aktualisiert; die frühere Fassung bleibt erhalten.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n article(s).</source>
        <translation>
            <numerusform>%n Artikel importiert.</numerusform>
            <numerusform>%n Artikel importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some files were not imported</source>
        <translation>Einige Dateien wurden nicht importiert</translation>
    </message>
</context>
<context>
    <name>Gloss::ChangesDialog</name>
    <message>
        <source>What Changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
    <message numerus="yes">
        <source>… %n unchanged paragraph(s) …</source>
        <translation>
            <numerusform>… %n unveränderter Absatz …</numerusform>
            <numerusform>… %n unveränderte Absätze …</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes between the versions</source>
        <translation>Änderungen zwischen den Fassungen</translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s) added, </source>
        <translation>
            <numerusform>%n Absatz hinzugefügt, </numerusform>
            <numerusform>%n Absätze hinzugefügt, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed.</source>
        <translation>
            <numerusform>%n entfernt.</numerusform>
            <numerusform>%n entfernt.</numerusform>
        </translation>
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
        <source>Exports an article's annotations as W3C Web Annotations, or imports W3C or Hypothesis annotations into it.</source>
        <translation>Exportiert die Anmerkungen eines Artikels als W3C Web Annotations oder importiert W3C- oder Hypothesis-Anmerkungen in ihn.</translation>
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
        <source>For import: the annotations file</source>
        <translation>Beim Import: die Anmerkungsdatei</translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 need review</source>
        <translation>%1 hinzugefügt, %2 aktualisiert, %3 zu prüfen</translation>
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
        <source>Input file</source>
        <translation>Eingabedatei</translation>
    </message>
    <message>
        <source>Give exactly one file.</source>
        <translation>Geben Sie genau eine Datei an.</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Unbekannter Befehl: %1</translation>
    </message>
    <message>
        <source>Print each file's cleaning time (read, clean, write) to stderr.</source>
        <translation>Für jede Datei die Zeit für Bereinigen (Lesen, Bereinigen, Schreiben) auf stderr ausgeben.</translation>
    </message>
    <message>
        <source>Tags names (PER, ORG, LOC, MISC). Reads CoNLL-style tokens on standard input: one token a line, optionally followed by its gold tag, a blank line between sentences, -DOCSTART- between documents. Writes each token with its IOB2 tag (after the gold tag, if any).</source>
        <translation>Markiert Namen (PER, ORG, LOC, MISC). Liest Token im CoNLL-Format von der Standardeingabe: ein Token pro Zeile, optional gefolgt von seinem Goldstandard-Tag, eine Leerzeile zwischen Sätzen, -DOCSTART- zwischen Dokumenten. Schreibt jedes Token mit seinem IOB2-Tag (nach dem Goldstandard-Tag, falls vorhanden).</translation>
    </message>
    <message>
        <source>The model file (default: the shipped one).</source>
        <translation>Die Modelldatei (Standard: die mitgelieferte).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Score the tags against the gold column and print a conlleval-style report.</source>
        <translation>Die Tags mit der Goldstandard-Spalte vergleichen und einen Bericht im Stil von conlleval ausgeben.</translation>
    </message>
    <message>
        <source>Read plain text instead and print each name as start, end, type and text (UTF-16 offsets).</source>
        <translation>Stattdessen reinen Text lesen und jeden Namen mit Anfang, Ende, Typ und Text ausgeben (UTF-16-Positionen).</translation>
    </message>
    <message>
        <source>Cannot read standard input: %1</source>
        <translation>Die Standardeingabe kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>--evaluate needs a gold tag column in the input.</source>
        <translation>--evaluate braucht eine Spalte mit Goldstandard-Tags in der Eingabe.</translation>
    </message>
    <message>
        <source>pdf, md, html or w3c.</source>
        <translation>pdf, md, html oder w3c.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Die zu schreibende Datei.</translation>
    </message>
    <message>
        <source>PDF paper size: a4 or letter.</source>
        <translation>Papierformat des PDF: a4 oder letter.</translation>
    </message>
    <message>
        <source>Leave out the notes section.</source>
        <translation>Den Notizteil weglassen.</translation>
    </message>
    <message>
        <source>Only highlights of these colours (comma-separated).</source>
        <translation>Nur Hervorhebungen dieser Farben (durch Kommas getrennt).</translation>
    </message>
    <message>
        <source>Only annotations with these tags (comma-separated).</source>
        <translation>Nur Anmerkungen mit diesen Schlagwörtern (durch Kommas getrennt).</translation>
    </message>
    <message>
        <source>Lists the people, organisations, places, dates, figures and quotations of an article.</source>
        <translation>Listet die Personen, Organisationen, Orte, Daten, Zahlen und Zitate eines Artikels auf.</translation>
    </message>
    <message>
        <source>Output format: json (the list) or tsv (type, name, role or value, mentions).</source>
        <translation>Ausgabeformat: json (die Liste) oder tsv (Typ, Name, Rolle oder Wert, Erwähnungen).</translation>
    </message>
    <message>
        <source>Cleans web pages, web addresses and text dumps into articles.</source>
        <translation>Bereinigt Webseiten, Webadressen und Textabzüge zu Artikeln.</translation>
    </message>
    <message>
        <source>Output format: json, text or html.</source>
        <translation>Ausgabeformat: json, text oder html.</translation>
    </message>
    <message>
        <source>Clean this many files at once (default: all cores).</source>
        <translation>So viele Dateien gleichzeitig bereinigen (Standard: alle Kerne).</translation>
    </message>
    <message>
        <source>Input files or web addresses</source>
        <translation>Eingabedateien oder Webadressen</translation>
    </message>
    <message>
        <source>cleaned %1 of %2</source>
        <translation>%1 von %2 bereinigt</translation>
    </message>
    <message>
        <source>Article id, article folder, file or web address</source>
        <translation>Artikel-ID, Artikelordner, Datei oder Webadresse</translation>
    </message>
    <message>
        <source>The library folder (default: %1).</source>
        <translation>Der Bibliotheksordner (Standard: %1).</translation>
    </message>
    <message>
        <source>No article %1 in the library %2, and no such file.</source>
        <translation>Kein Artikel %1 in der Bibliothek %2 und keine solche Datei.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <source>Add an index of people, organisations and places, and the quotes by speaker.</source>
        <translation>Ein Verzeichnis der Personen, Organisationen und Orte sowie die Zitate nach Sprecher hinzufügen.</translation>
    </message>
    <message>
        <source>Who the PDF annotations are by.</source>
        <translation>Von wem die PDF-Anmerkungen stammen.</translation>
    </message>
    <message>
        <source>Show the messages of the PDF printer too.</source>
        <translation>Auch die Meldungen des PDF-Druckers zeigen.</translation>
    </message>
    <message>
        <source>Exports an article with its annotations. ARTICLE is an id in the library, the path of an article folder, or a file or web address (imported into the library first).</source>
        <translation>Exportiert einen Artikel mit seinen Anmerkungen. ARTIKEL ist eine ID in der Bibliothek, der Pfad eines Artikelordners oder eine Datei oder Webadresse (zuerst in die Bibliothek importiert).</translation>
    </message>
    <message>
        <source>Highlight %1: its words were not found in the PDF.</source>
        <translation>Markierung %1: ihre Wörter wurden im PDF nicht gefunden.</translation>
    </message>
    <message>
        <source>Puts articles into the library and prints the id of each, one a line. Something already in the library is not imported twice; a new version of an article (same address, other text) updates it, its highlights moved with the text, unless --new-version says otherwise.</source>
        <translation>Legt Artikel in die Bibliothek und gibt die ID jedes Artikels aus, eine pro Zeile. Was schon in der Bibliothek ist, wird nicht doppelt importiert; eine neue Fassung eines Artikels (gleiche Adresse, anderer Text) aktualisiert ihn, die Markierungen wandern mit dem Text, sofern --new-version nichts anderes sagt.</translation>
    </message>
    <message>
        <source>Print a JSON array of objects (id, title, outcome, …).</source>
        <translation>Ein JSON-Array von Objekten ausgeben (id, title, outcome, …).</translation>
    </message>
    <message>
        <source>update, keep-both or skip (default: update).</source>
        <translation>update, keep-both oder skip (Standard: update).</translation>
    </message>
    <message>
        <source>No progress lines.</source>
        <translation>Keine Fortschrittszeilen.</translation>
    </message>
    <message>
        <source>HTML or text files, or web addresses</source>
        <translation>HTML- oder Textdateien oder Webadressen</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>could not be read</source>
        <translation>konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Lists the articles of the library: id, title, site, publication date and number of highlights, separated by tabs.</source>
        <translation>Listet die Artikel der Bibliothek auf: ID, Titel, Website, Veröffentlichungsdatum und Anzahl der Markierungen, durch Tabulatoren getrennt.</translation>
    </message>
    <message>
        <source>Print a JSON array of objects.</source>
        <translation>Ein JSON-Array von Objekten ausgeben.</translation>
    </message>
    <message>
        <source>Usage: gloss-cli COMMAND [options]
Gloss without a window: bring articles into the library, list and export them, clean news pages, list their entities, anchor and exchange annotations.

Commands:
  import FILE|URL...                  put articles into the library, print their ids
  list                                the articles of the library
  export --format pdf|md|html|w3c ARTICLE -o OUT   an annotated export
  annotations export ARTICLE          an article's annotations as W3C JSON-LD
  annotations import ARTICLE FILE     import W3C or Hypothesis annotations
  clean FILE|URL...                   clean pages into articles (JSON, text or HTML)
  entities FILE                       list the entities of an article
  tag [--evaluate|--text]             tag names (CoNLL tokens on stdin)
  anchor --text FILE --selector FILE  find a highlight again in a text

ARTICLE is an id in the library (--library DIR, default: the desktop app's), the path of an article folder, or a file or web address, imported first.
Standard output carries the results, standard error only Gloss's own messages.

Exit codes: 0 success; 1 an input could not be read, found, imported or exported; 2 wrong usage.

Run gloss-cli COMMAND --help for a command's options.
</source>
        <translation>Aufruf: gloss-cli BEFEHL [Optionen]
Gloss ohne Fenster: Artikel in die Bibliothek bringen, auflisten und exportieren, Nachrichtenseiten bereinigen, ihre Entitäten auflisten, Anmerkungen verankern und austauschen.

Befehle:
  import DATEI|URL...                 Artikel in die Bibliothek legen, ihre IDs ausgeben
  list                                die Artikel der Bibliothek
  export --format pdf|md|html|w3c ARTIKEL -o AUS   ein annotierter Export
  annotations export ARTIKEL          die Anmerkungen eines Artikels als W3C-JSON-LD
  annotations import ARTIKEL DATEI    W3C- oder Hypothesis-Anmerkungen importieren
  clean DATEI|URL...                  Seiten zu Artikeln bereinigen (JSON, Text oder HTML)
  entities DATEI                      die Entitäten eines Artikels auflisten
  tag [--evaluate|--text]             Namen markieren (CoNLL-Tokens auf stdin)
  anchor --text DATEI --selector DATEI  eine Markierung in einem Text wiederfinden

ARTIKEL ist eine ID in der Bibliothek (--library ORDNER, Standard: die der Desktop-Anwendung), der Pfad eines Artikelordners oder eine Datei oder Webadresse, die zuerst importiert wird.
Die Standardausgabe enthält die Ergebnisse, die Standardfehlerausgabe nur Meldungen von Gloss.

Rückgabewerte: 0 Erfolg; 1 eine Eingabe konnte nicht gelesen, gefunden, importiert oder exportiert werden; 2 falscher Aufruf.

gloss-cli BEFEHL --help zeigt die Optionen eines Befehls.
</translation>
    </message>
    <message>
        <source>Making a PDF needs the gloss-print-pdf program (part of the desktop app), which was not found.</source>
        <translation>Für ein PDF wird das Programm gloss-print-pdf (Teil der Desktop-Anwendung) gebraucht, das nicht gefunden wurde.</translation>
    </message>
    <message>
        <source>Could not start %1: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>Printing the article was stopped.</source>
        <translation>Das Drucken des Artikels wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Printing the article failed.</source>
        <translation>Das Drucken des Artikels ist fehlgeschlagen.</translation>
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
        <source>This article already has %1 annotations, the most Gloss keeps for one article.</source>
        <translation>Dieser Artikel hat bereits %1 Anmerkungen, mehr verwaltet Gloss für einen Artikel nicht.</translation>
    </message>
    <message>
        <source>The note is longer than %1 characters, the most Gloss keeps in one note.</source>
        <translation>Die Notiz ist länger als %1 Zeichen, mehr fasst eine Notiz in Gloss nicht.</translation>
    </message>
</context>
<context>
    <name>Gloss::Entity</name>
    <message>
        <source>An entity has an unknown type "%1".</source>
        <translation>Eine Entität hat einen unbekannten Typ „%1“.</translation>
    </message>
    <message>
        <source>An entity has no name.</source>
        <translation>Eine Entität hat keinen Namen.</translation>
    </message>
    <message>
        <source>Entity %1 has a mention that is not a [start, end] pair.</source>
        <translation>Entität %1 hat eine Erwähnung, die kein Paar [Anfang, Ende] ist.</translation>
    </message>
</context>
<context>
    <name>Gloss::EntityActions</name>
    <message>
        <source>Add &amp;Entity from Selection…</source>
        <translation>&amp;Entität aus Auswahl hinzufügen …</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen …</translation>
    </message>
    <message>
        <source>&amp;Delete Entity</source>
        <translation>Entität &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation>&amp;Zusammenführen mit …</translation>
    </message>
    <message>
        <source>S&amp;plit Off This Mention</source>
        <translation>Diese Erwähnung &amp;abtrennen</translation>
    </message>
    <message>
        <source>Change &amp;Type</source>
        <translation>&amp;Typ ändern</translation>
    </message>
    <message>
        <source>Ctrl+Alt+E</source>
        <translation>Ctrl+Alt+E</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>Rename Entity</source>
        <translation>Entität umbenennen</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Merge Entity</source>
        <translation>Entität zusammenführen</translation>
    </message>
    <message>
        <source>Merge “%1” into:</source>
        <translation>„%1“ zusammenführen mit:</translation>
    </message>
    <message>
        <source>Add Entity</source>
        <translation>Entität hinzufügen</translation>
    </message>
    <message>
        <source>The selected words name a:</source>
        <translation>Die markierten Wörter bezeichnen:</translation>
    </message>
</context>
<context>
    <name>Gloss::EntityCorrections</name>
    <message>
        <source>An entity correction has an unknown operation "%1".</source>
        <translation>Eine Entitätskorrektur hat eine unbekannte Operation „%1“.</translation>
    </message>
    <message>
        <source>An entity correction has an unknown type "%1".</source>
        <translation>Eine Entitätskorrektur hat einen unbekannten Typ „%1“.</translation>
    </message>
    <message>
        <source>An entity correction "%1" lacks a field it needs.</source>
        <translation>Der Entitätskorrektur „%1“ fehlt ein nötiges Feld.</translation>
    </message>
    <message>
        <source>The entity corrections file has no schema version.</source>
        <translation>Die Datei der Entitätskorrekturen hat keine Schemaversion.</translation>
    </message>
    <message>
        <source>The entity corrections were saved by a newer Gloss (schema %1). Update Gloss to open them.</source>
        <translation>Die Entitätskorrekturen wurden von einer neueren Gloss-Version gespeichert (Schema %1). Aktualisieren Sie Gloss, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>The entity corrections file has no list of corrections.</source>
        <translation>Die Datei der Entitätskorrekturen enthält keine Liste von Korrekturen.</translation>
    </message>
    <message>
        <source>An entity correction is not an object.</source>
        <translation>Eine Entitätskorrektur ist kein Objekt.</translation>
    </message>
</context>
<context>
    <name>Gloss::EntityCorrectionsCommand</name>
    <message>
        <source>Rename Entity</source>
        <translation>Entität umbenennen</translation>
    </message>
    <message>
        <source>Merge Entities</source>
        <translation>Entitäten zusammenführen</translation>
    </message>
    <message>
        <source>Split Off Mention</source>
        <translation>Erwähnung abtrennen</translation>
    </message>
    <message>
        <source>Change Entity Type</source>
        <translation>Entitätstyp ändern</translation>
    </message>
    <message>
        <source>Set Role</source>
        <translation>Rolle festlegen</translation>
    </message>
    <message>
        <source>Delete Entity</source>
        <translation>Entität löschen</translation>
    </message>
    <message>
        <source>Add Entity</source>
        <translation>Entität hinzufügen</translation>
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
        <source>Mentions</source>
        <translation>Erwähnungen</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Orte</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>Andere Namen</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Zahlen</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Zitate</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>%1 (to %2)</source>
        <comment>quotation: speaker (to outlet)</comment>
        <translation>%1 (gegenüber %2)</translation>
    </message>
    <message>
        <source>source</source>
        <comment>an organisation cited as a source</comment>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Also: %1</source>
        <translation>Auch: %1</translation>
    </message>
    <message>
        <source>Role/Value</source>
        <translation>Rolle/Wert</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a week as the article names it: its days</comment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Gloss::ExportDialog</name>
    <message>
        <source>Include the &amp;notes section</source>
        <translation>&amp;Notizteil einschließen</translation>
    </message>
    <message>
        <source>Include an &amp;index of people, organisations and places</source>
        <translation>&amp;Verzeichnis der Personen, Organisationen und Orte einschließen</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Annotated PDF</source>
        <translation>Kommentiertes PDF</translation>
    </message>
    <message>
        <source>Markdown (Obsidian, Zotero)</source>
        <translation>Markdown (Obsidian, Zotero)</translation>
    </message>
    <message>
        <source>HTML page</source>
        <translation>HTML-Seite</translation>
    </message>
    <message>
        <source>W3C Web Annotations (JSON-LD)</source>
        <translation>W3C Web Annotations (JSON-LD)</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Zu schreibende Datei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Highlight colours to include</source>
        <translation>Einzuschließende Hervorhebungsfarben</translation>
    </message>
    <message>
        <source>No tags yet</source>
        <translation>Noch keine Schlagwörter</translation>
    </message>
    <message>
        <source>Only annotations with these tags</source>
        <translation>Nur Anmerkungen mit diesen Schlagwörtern</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Speichern unter:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>&amp;Farben:</translation>
    </message>
    <message>
        <source>Only &amp;tags:</source>
        <translation>Nur Schlag&amp;wörter:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
</context>
<context>
    <name>Gloss::Exporter</name>
    <message>
        <source>Making a PDF needs Qt WebEngine, which is not available here.</source>
        <translation>Für ein PDF wird Qt WebEngine gebraucht, das hier nicht verfügbar ist.</translation>
    </message>
    <message>
        <source>Making the annotated PDF…</source>
        <translation>Das kommentierte PDF wird erstellt …</translation>
    </message>
    <message>
        <source>Cannot prepare the page to print.</source>
        <translation>Die zu druckende Seite kann nicht vorbereitet werden.</translation>
    </message>
    <message>
        <source>Gloss user</source>
        <translation>Gloss-Nutzer</translation>
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
    <name>Gloss::HtmlExporter</name>
    <message>
        <source>Annotated %1</source>
        <translation>Kommentiert am %1</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>On %1</source>
        <translation>Zu %1</translation>
    </message>
    <message>
        <source>On the whole article</source>
        <translation>Zum ganzen Artikel</translation>
    </message>
    <message>
        <source>People, organisations and places</source>
        <translation>Personen, Organisationen und Orte</translation>
    </message>
    <message>
        <source>Unattributed</source>
        <translation>Ohne Zuordnung</translation>
    </message>
    <message>
        <source>Quotes by speaker</source>
        <translation>Zitate nach Sprecher</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Daten</translation>
    </message>
</context>
<context>
    <name>Gloss::Importer</name>
    <message>
        <source>pasted text</source>
        <translation>eingefügter Text</translation>
    </message>
    <message>
        <source>Importing articles…</source>
        <translation>Artikel werden importiert …</translation>
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
    <name>Gloss::Library</name>
    <message>
        <source>Delete “%1”</source>
        <translation>„%1“ löschen</translation>
    </message>
</context>
<context>
    <name>Gloss::LibraryDock</name>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Search titles, sites, authors, tags and text</source>
        <translation>Titel, Seiten, Autoren, Schlagwörter und Text durchsuchen</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Bibliothek durchsuchen</translation>
    </message>
    <message>
        <source>Articles in the library</source>
        <translation>Artikel in der Bibliothek</translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation>In den &amp;Papierkorb verschieben</translation>
    </message>
    <message>
        <source>&amp;Empty Trash…</source>
        <translation>Papierkorb &amp;leeren …</translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation>Papierkorb leeren</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>Der Papierkorb ist leer.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n article(s) in the trash for good, with their highlights and notes? This cannot be undone.</source>
        <translation>
            <numerusform>%n Artikel im Papierkorb samt Hervorhebungen und Notizen endgültig löschen? Das lässt sich nicht rückgängig machen.</numerusform>
            <numerusform>%n Artikel im Papierkorb samt Hervorhebungen und Notizen endgültig löschen? Das lässt sich nicht rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Articles whose text matches the search</source>
        <translation>Artikel, deren Text zur Suche passt</translation>
    </message>
    <message>
        <source>Indexing the library for full-text search…</source>
        <translation>Die Bibliothek wird für die Volltextsuche erfasst …</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) contain “%1”</source>
        <translation>
            <numerusform>%n Artikel enthält „%1“</numerusform>
            <numerusform>%n Artikel enthalten „%1“</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gloss::LibraryModel</name>
    <message>
        <source>(untitled)</source>
        <translation>(ohne Titel)</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Autoren</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>Hervorhebungen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
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
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot create the trash folder %1.</source>
        <translation>Der Papierkorb-Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot move %1 to the trash.</source>
        <translation>%1 kann nicht in den Papierkorb verschoben werden.</translation>
    </message>
    <message>
        <source>An article with the same id is already in the library.</source>
        <translation>Ein Artikel mit derselben Kennung ist bereits in der Bibliothek.</translation>
    </message>
    <message>
        <source>Cannot restore %1 from the trash.</source>
        <translation>%1 kann nicht aus dem Papierkorb wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Cannot empty the trash folder %1.</source>
        <translation>Der Papierkorb-Ordner %1 kann nicht geleert werden.</translation>
    </message>
    <message>
        <source>The annotations of this article could not be read, so Gloss does not change the article under them. Repair or move %1 first.</source>
        <translation>Die Anmerkungen dieses Artikels konnten nicht gelesen werden, daher ändert Gloss den Artikel darunter nicht. Reparieren oder verschieben Sie zuerst %1.</translation>
    </message>
    <message>
        <source>Cannot update the article in %1.</source>
        <translation>Der Artikel in %1 kann nicht aktualisiert werden.</translation>
    </message>
    <message>
        <source>Cannot finish updating the article in %1.</source>
        <translation>Die Aktualisierung des Artikels in %1 kann nicht abgeschlossen werden.</translation>
    </message>
    <message>
        <source>The entity corrections of this article could not be read, so Gloss does not save over them. Repair or move %1 and reopen the article.</source>
        <translation>Die Entitätskorrekturen dieses Artikels konnten nicht gelesen werden, deshalb überschreibt Gloss sie nicht. Reparieren oder verschieben Sie %1 und öffnen Sie den Artikel erneut.</translation>
    </message>
    <message>
        <source>Cannot rename %1.</source>
        <translation>%1 kann nicht umbenannt werden.</translation>
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
        <source>Articles (*.html *.htm *.txt *.md);;All files (*)</source>
        <translation>Artikel (*.html *.htm *.txt *.md);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>About Gloss</source>
        <translation>Über Gloss</translation>
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
        <source>Clean the article's original source again; highlights are re-anchored</source>
        <translation>Die Originalquelle des Artikels erneut bereinigen; Hervorhebungen werden neu verankert</translation>
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
        <source>The article's text changed and Gloss is not sure where %n highlight(s) belong. They are listed under “Needs review”: select the right words and choose Annotate → Re-attach to Selection, or keep them detached.</source>
        <translation>
            <numerusform>Der Text des Artikels hat sich geändert und Gloss ist nicht sicher, wohin %n Hervorhebung gehört. Sie steht unter „Prüfen“: Markieren Sie die richtigen Wörter und wählen Sie Anmerken → An Auswahl neu anheften, oder behalten Sie sie ohne Textstelle.</numerusform>
            <numerusform>Der Text des Artikels hat sich geändert und Gloss ist nicht sicher, wohin %n Hervorhebungen gehören. Sie stehen unter „Prüfen“: Markieren Sie die richtigen Wörter und wählen Sie Anmerken → An Auswahl neu anheften, oder behalten Sie sie ohne Textstelle.</numerusform>
        </translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Quelle</translation>
    </message>
    <message>
        <source>Ctrl+U</source>
        <translation>Ctrl+U</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Bibliothek</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Ctrl+/</source>
        <translation>Ctrl+/</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Gloss %1&lt;/h3&gt;&lt;p&gt;A reader and annotator for news articles.&lt;/p&gt;&lt;p&gt;Copyright © 2026 the Gloss developers. Gloss is free software under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;It is built with:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt %2, including Qt WebEngine (Chromium) and Qt WebChannel — LGPL-3.0&lt;/li&gt;&lt;li&gt;KDE Syntax Highlighting — MIT; some syntax definitions GPL&lt;/li&gt;&lt;li&gt;gumbo, the HTML5 parser — Apache-2.0&lt;/li&gt;&lt;li&gt;poppler — GPL-2.0-or-later&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;The name tagger was trained on CoNLL-2003 (Reuters) and on the GUM corpus (CC-BY); the place lists come from Debian's iso-codes and tzdata. The sample article is © Deutsche Welle.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Gloss %1&lt;/h3&gt;&lt;p&gt;Ein Lese- und Anmerkungswerkzeug für Nachrichtenartikel.&lt;/p&gt;&lt;p&gt;Copyright © 2026 die Gloss-Entwickler. Gloss ist freie Software unter der GNU General Public License, Version 3 oder später.&lt;/p&gt;&lt;p&gt;Gloss verwendet:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt %2, einschließlich Qt WebEngine (Chromium) und Qt WebChannel — LGPL-3.0&lt;/li&gt;&lt;li&gt;KDE Syntax Highlighting — MIT; einige Syntaxdefinitionen GPL&lt;/li&gt;&lt;li&gt;gumbo, den HTML5-Parser — Apache-2.0&lt;/li&gt;&lt;li&gt;poppler — GPL-2.0-or-later&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Die Namenserkennung wurde mit CoNLL-2003 (Reuters) und dem GUM-Korpus (CC-BY) trainiert; die Ortslisten stammen aus Debians iso-codes und tzdata. Der Beispielartikel ist © Deutsche Welle.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open Articles</source>
        <translation>Artikel öffnen</translation>
    </message>
    <message>
        <source>Opened read-only</source>
        <translation>Schreibgeschützt geöffnet</translation>
    </message>
    <message>
        <source>%1

Gloss shows what it understands of this article and will not change it.</source>
        <translation>%1

Gloss zeigt, was es von diesem Artikel versteht, und ändert ihn nicht.</translation>
    </message>
    <message>
        <source>Could not put the text back</source>
        <translation>Der Text konnte nicht zurückgelegt werden</translation>
    </message>
    <message>
        <source>Show &amp;Removed Text</source>
        <translation>&amp;Entfernten Text zeigen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>Show the text the cleaner left out, with the reason, to put any of it back</source>
        <translation>Den Text zeigen, den die Bereinigung weggelassen hat, mit dem Grund, um etwas davon zurückzuholen</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation>&amp;Werkzeugleiste</translation>
    </message>
    <message>
        <source>Reading the library… %1 of %2 articles</source>
        <translation>Die Bibliothek wird gelesen … %1 von %2 Artikeln</translation>
    </message>
    <message>
        <source>Load &amp;Images</source>
        <translation>B&amp;ilder laden</translation>
    </message>
    <message>
        <source>Show the article's pictures, fetched from the web; off, reading makes no network request</source>
        <translation>Zeigt die Bilder des Artikels, aus dem Web geladen; ausgeschaltet stellt das Lesen keine Netzwerkanfrage</translation>
    </message>
</context>
<context>
    <name>Gloss::MarkdownExporter</name>
    <message>
        <source>in the article</source>
        <translation>im Artikel</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
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
    <name>Gloss::NerModel</name>
    <message>
        <source>The named-entity model %1 is damaged or not a Gloss model (%2). Reinstall Gloss or retrain the model with scripts/train-ner.</source>
        <translation>Das Namenserkennungsmodell %1 ist beschädigt oder kein Gloss-Modell (%2). Installieren Sie Gloss neu oder trainieren Sie das Modell mit scripts/train-ner neu.</translation>
    </message>
    <message>
        <source>The named-entity model %1 does not exist. Train it with scripts/train-ner.</source>
        <translation>Das Namenserkennungsmodell %1 existiert nicht. Trainieren Sie es mit scripts/train-ner.</translation>
    </message>
    <message numerus="yes">
        <source>%n bytes, shorter than the header</source>
        <translation>
            <numerusform>%n Byte, kürzer als der Kopf</numerusform>
            <numerusform>%n Bytes, kürzer als der Kopf</numerusform>
        </translation>
    </message>
    <message>
        <source>wrong magic number</source>
        <translation>falsche Kennzahl</translation>
    </message>
    <message>
        <source>The named-entity model %1 has format version %2; this Gloss reads version %3. Retrain it with scripts/train-ner.</source>
        <translation>Das Namenserkennungsmodell %1 hat die Formatversion %2; dieses Gloss liest Version %3. Trainieren Sie es mit scripts/train-ner neu.</translation>
    </message>
    <message>
        <source>unexpected label count</source>
        <translation>unerwartete Anzahl von Labels</translation>
    </message>
    <message>
        <source>%1 bytes of payload, the header says %2</source>
        <translation>%1 Bytes Nutzdaten, laut Kopf %2</translation>
    </message>
    <message>
        <source>checksum mismatch</source>
        <translation>Prüfsumme stimmt nicht</translation>
    </message>
    <message>
        <source>bad gazetteer header</source>
        <translation>fehlerhafter Kopf der Namenslisten</translation>
    </message>
    <message>
        <source>truncated gazetteer</source>
        <translation>abgeschnittene Namenslisten</translation>
    </message>
    <message>
        <source>the weight table does not fit the file</source>
        <translation>die Gewichtstabelle passt nicht zur Datei</translation>
    </message>
    <message>
        <source>bad weight scale</source>
        <translation>fehlerhafter Gewichtsmaßstab</translation>
    </message>
    <message>
        <source>truncated weight table</source>
        <translation>abgeschnittene Gewichtstabelle</translation>
    </message>
    <message>
        <source>feature keys out of order</source>
        <translation>Merkmalsschlüssel nicht sortiert</translation>
    </message>
</context>
<context>
    <name>Gloss::NerTagger</name>
    <message>
        <source>The named-entity model %1 was not found. Looked in:
%2
Set GLOSS_MODEL_DIR to its folder, or train it with scripts/train-ner.</source>
        <translation>Das Namenserkennungsmodell %1 wurde nicht gefunden. Gesucht in:
%2
Setzen Sie GLOSS_MODEL_DIR auf seinen Ordner oder trainieren Sie es mit scripts/train-ner.</translation>
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
    <name>Gloss::PdfAnnotator</name>
    <message>
        <source>%1 is not a readable PDF.</source>
        <translation>%1 ist kein lesbares PDF.</translation>
    </message>
    <message>
        <source>Cannot write into %1: %2</source>
        <translation>In %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Could not write the annotated PDF %1.</source>
        <translation>Das kommentierte PDF %1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot save %1.</source>
        <translation>%1 kann nicht gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>Gloss::PdfPrinter</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The page to print could not be laid out.</source>
        <translation>Die zu druckende Seite konnte nicht gesetzt werden.</translation>
    </message>
    <message>
        <source>Printing the article failed.</source>
        <translation>Das Drucken des Artikels ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>Gloss::ReaderBridge</name>
    <message>
        <source>Put back into the article</source>
        <translation>In den Artikel zurücklegen</translation>
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
    <name>Gloss::RemovalReason</name>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Short link</source>
        <translation>Kurzlink</translation>
    </message>
    <message>
        <source>Agency sign-off</source>
        <translation>Agentur-Kürzel</translation>
    </message>
    <message>
        <source>Page header</source>
        <translation>Seitenkopf</translation>
    </message>
    <message>
        <source>Page footer</source>
        <translation>Seitenfuß</translation>
    </message>
    <message>
        <source>Aside</source>
        <translation>Randspalte</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formular</translation>
    </message>
    <message>
        <source>Outside the article</source>
        <translation>Außerhalb des Artikels</translation>
    </message>
    <message>
        <source>Share buttons</source>
        <translation>Teilen-Schaltflächen</translation>
    </message>
    <message>
        <source>Advertisement</source>
        <translation>Werbung</translation>
    </message>
    <message>
        <source>Related links</source>
        <translation>Verwandte Links</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>Cookie notice</source>
        <translation>Cookie-Hinweis</translation>
    </message>
    <message>
        <source>Newsletter box</source>
        <translation>Newsletter-Kasten</translation>
    </message>
    <message>
        <source>Author biography</source>
        <translation>Autorenbiografie</translation>
    </message>
    <message>
        <source>“Read more” teaser</source>
        <translation>„Weiterlesen“-Anreißer</translation>
    </message>
    <message>
        <source>Repeated pull quote</source>
        <translation>Wiederholtes Zitat</translation>
    </message>
    <message>
        <source>Boilerplate</source>
        <translation>Textbaustein</translation>
    </message>
    <message>
        <source>Image credit</source>
        <translation>Bildnachweis</translation>
    </message>
    <message>
        <source>Other stories</source>
        <translation>Andere Artikel</translation>
    </message>
    <message>
        <source>Repeated widget</source>
        <translation>Wiederholtes Element</translation>
    </message>
    <message>
        <source>Shortcode remnant</source>
        <translation>Shortcode-Rest</translation>
    </message>
    <message>
        <source>Page address</source>
        <translation>Seitenadresse</translation>
    </message>
    <message>
        <source>Subscription prompt</source>
        <translation>Abo-Aufforderung</translation>
    </message>
    <message>
        <source>Tag list</source>
        <translation>Schlagwortliste</translation>
    </message>
    <message>
        <source>Copyright notice</source>
        <translation>Copyright-Vermerk</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Kontaktangaben</translation>
    </message>
    <message>
        <source>Citation note</source>
        <translation>Zitierhinweis</translation>
    </message>
    <message>
        <source>About the publisher</source>
        <translation>Über den Herausgeber</translation>
    </message>
    <message>
        <source>Publisher's note</source>
        <translation>Hinweis des Herausgebers</translation>
    </message>
    <message>
        <source>Repeated title</source>
        <translation>Wiederholter Titel</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>Autorenzeile</translation>
    </message>
    <message>
        <source>Date line</source>
        <translation>Datumszeile</translation>
    </message>
    <message>
        <source>Hidden text</source>
        <translation>Versteckter Text</translation>
    </message>
    <message>
        <source>Dialog</source>
        <translation>Dialog</translation>
    </message>
</context>
<context>
    <name>Gloss::SearchResultModel</name>
    <message>
        <source>Found in a highlight or note</source>
        <translation>In einer Hervorhebung oder Notiz gefunden</translation>
    </message>
    <message>
        <source>Found in the article text</source>
        <translation>Im Artikeltext gefunden</translation>
    </message>
</context>
<context>
    <name>Gloss::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>A new language applies when Gloss starts next.</source>
        <translation>Eine neue Sprache gilt beim nächsten Start von Gloss.</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Sepia</source>
        <translation>Sepia</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Reader default (serif)</source>
        <translation>Lesestandard (Serifenschrift)</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> Zeichen</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Reader &amp;theme:</source>
        <translation>Lese&amp;design:</translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation>Schrift&amp;art:</translation>
    </message>
    <message>
        <source>Font &amp;size:</source>
        <translation>Schrift&amp;größe:</translation>
    </message>
    <message>
        <source>Line &amp;width:</source>
        <translation>Zeilen&amp;breite:</translation>
    </message>
    <message>
        <source>Load &amp;images from the web</source>
        <translation>B&amp;ilder aus dem Web laden</translation>
    </message>
    <message>
        <source>Off, figures show their descriptions and Gloss makes no network request while you read. On, only the pictures are fetched, without cookies or the address of what you read.</source>
        <translation>Ausgeschaltet zeigen Abbildungen ihre Beschreibung, und Gloss stellt beim Lesen keine Netzwerkanfrage. Eingeschaltet werden nur die Bilder geladen, ohne Cookies und ohne die Adresse dessen, was Sie lesen.</translation>
    </message>
    <message>
        <source>Pictures:</source>
        <translation>Bilder:</translation>
    </message>
    <message>
        <source>The author of the notes in exported PDFs</source>
        <translation>Die Verfasserin oder der Verfasser der Notizen in exportierten PDFs</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ihr &amp;Name:</translation>
    </message>
</context>
<context>
    <name>Gloss::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Commands and their keyboard shortcuts</source>
        <translation>Befehle und ihre Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>Gloss::SourceView</name>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Original source</source>
        <translation>Originalquelle</translation>
    </message>
    <message>
        <source>Stored article</source>
        <translation>Gespeicherter Artikel</translation>
    </message>
    <message>
        <source>Stored annotations</source>
        <translation>Gespeicherte Anmerkungen</translation>
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
    <name>Gloss::UrlFetcher</name>
    <message>
        <source>“%1” is not a web address (http or https).</source>
        <translation>„%1“ ist keine Webadresse (http oder https).</translation>
    </message>
    <message>
        <source>The download was cancelled.</source>
        <translation>Das Herunterladen wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, the most Gloss downloads.</source>
        <translation>%1 ist größer als %2 MB, mehr lädt Gloss nicht herunter.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds.</source>
        <translation>%1 hat nicht innerhalb von %2 Sekunden geantwortet.</translation>
    </message>
    <message>
        <source>The server %1 was not found. Check the address and your connection.</source>
        <translation>Der Server %1 wurde nicht gefunden. Prüfen Sie die Adresse und Ihre Verbindung.</translation>
    </message>
    <message>
        <source>%1 answered with error %2 (%3).</source>
        <translation>%1 antwortete mit Fehler %2 (%3).</translation>
    </message>
    <message>
        <source>Could not download %1: %2</source>
        <translation>%1 konnte nicht heruntergeladen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a web page or text (it is %2).</source>
        <translation>%1 ist keine Webseite und kein Text (sondern %2).</translation>
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
    <name>Gloss::Workspace</name>
    <message>
        <source>The annotations of this article could not be read, so Gloss does not change the article under them.</source>
        <translation>Die Anmerkungen dieses Artikels konnten nicht gelesen werden, daher ändert Gloss den Artikel darunter nicht.</translation>
    </message>
    <message>
        <source>There is no such removed text.</source>
        <translation>Diesen entfernten Text gibt es nicht.</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation>LTR</translation>
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
    <message>
        <source>Use the interface language &lt;code&gt; (en, de, fr, ar).</source>
        <translation>Die Oberflächensprache &lt;Code&gt; verwenden (en, de, fr, ar).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Articles to open: HTML or text files, or web addresses.</source>
        <translation>Zu öffnende Artikel: HTML- oder Textdateien oder Webadressen.</translation>
    </message>
    <message>
        <source>The library %1 is in use by another program (process %2 on %3) that does not answer. Close it, or start Gloss with --library and another folder.</source>
        <translation>Die Bibliothek %1 wird von einem anderen Programm benutzt (Prozess %2 auf %3), das nicht antwortet. Schließen Sie es oder starten Sie Gloss mit --library und einem anderen Ordner.</translation>
    </message>
</context>
</TS>
