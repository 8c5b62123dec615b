<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
        <source>&amp;Delete Highlight</source>
        <translation>Hervorhebung &amp;löschen</translation>
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
</context>
<context>
    <name>Gloss::NoteDialog</name>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Highlighted text</source>
        <translation>Hervorgehobener Text</translation>
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
    <name>gloss-cli</name>
    <message>
        <source>Commands:
  clean FILE...     clean files into articles
  entities FILE     list the entities of an article
</source>
        <translation>Befehle:
  clean DATEI...    Dateien zu Artikeln bereinigen
  entities DATEI    die Entitäten eines Artikels auflisten
</translation>
    </message>
    <message>
        <source>Gloss, headless: clean news articles and list their entities.</source>
        <translation>Gloss ohne Oberfläche: Nachrichtenartikel bereinigen und ihre Entitäten auflisten.</translation>
    </message>
    <message>
        <source>clean or entities</source>
        <translation>clean oder entities</translation>
    </message>
    <message>
        <source>Input files</source>
        <translation>Eingabedateien</translation>
    </message>
    <message>
        <source>Output format: json or text.</source>
        <translation>Ausgabeformat: json oder text.</translation>
    </message>
    <message>
        <source>Unknown format: %1</source>
        <translation>Unbekanntes Format: %1</translation>
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
</context>
</TS>
