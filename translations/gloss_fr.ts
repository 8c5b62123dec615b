<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
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
        <translation>Utilisation : gloss-cli anchor --text FICHIER --selector SÉLECTEUR.json
Retrouve un surlignage dans un texte et affiche {"start", "end", "score", "status"}.
FICHIER est un texte UTF-8 (ou un article.json) ; SÉLECTEUR.json est un TextQuoteSelector, un
TextPositionSelector, une liste des deux, ou une annotation avec target.selector.
Les positions sont en unités de code UTF-16, sauf si le JSON contient
"positionUnit": "codepoint" ; la sortie utilise la même unité.
</translation>
    </message>
    <message>
        <source>Unknown positionUnit "%1" (codepoint or utf16).</source>
        <translation>positionUnit « %1 » inconnu (codepoint ou utf16).</translation>
    </message>
    <message>
        <source>The TextQuoteSelector has no "exact" text.</source>
        <translation>Le TextQuoteSelector n'a pas de texte « exact ».</translation>
    </message>
    <message>
        <source>The TextPositionSelector needs 0 &lt;= start &lt;= end (integers).</source>
        <translation>Le TextPositionSelector exige 0 &lt;= start &lt;= end (nombres entiers).</translation>
    </message>
    <message>
        <source>No TextQuoteSelector or TextPositionSelector found.</source>
        <translation>Aucun TextQuoteSelector ni TextPositionSelector trouvé.</translation>
    </message>
    <message>
        <source>The text is not valid UTF-8.</source>
        <translation>Le texte n'est pas de l'UTF-8 valide.</translation>
    </message>
    <message>
        <source>Unknown argument: %1</source>
        <translation>Argument inconnu : %1</translation>
    </message>
    <message>
        <source>%1 needs a file name.</source>
        <translation>%1 nécessite un nom de fichier.</translation>
    </message>
    <message>
        <source>Both --text and --selector are required.</source>
        <translation>--text et --selector sont tous deux requis.</translation>
    </message>
    <message>
        <source>Invalid JSON at offset %1: %2</source>
        <translation>JSON non valide à la position %1 : %2</translation>
    </message>
</context>
<context>
    <name>Gloss::Annotation</name>
    <message>
        <source>The selection is empty or outside the article.</source>
        <translation>La sélection est vide ou en dehors de l'article.</translation>
    </message>
    <message>
        <source>The selection holds only white space.</source>
        <translation>La sélection ne contient que des espaces.</translation>
    </message>
    <message>
        <source>An annotation has no id.</source>
        <translation>Une annotation n'a pas d'identifiant.</translation>
    </message>
    <message>
        <source>Note %1 is on an entity without a name.</source>
        <translation>La note %1 porte sur une entité sans nom.</translation>
    </message>
    <message>
        <source>Annotation %1 has no usable quote or position.</source>
        <translation>L'annotation %1 n'a ni citation ni position utilisable.</translation>
    </message>
    <message>
        <source>The annotations file has no schema version.</source>
        <translation>Le fichier d'annotations n'indique pas de version de schéma.</translation>
    </message>
    <message>
        <source>The annotations were saved by a newer Gloss (schema %1). Update Gloss to open them.</source>
        <translation>Les annotations ont été enregistrées par une version plus récente de Gloss (schéma %1). Mettez Gloss à jour pour les ouvrir.</translation>
    </message>
    <message>
        <source>The annotations file has no list of annotations.</source>
        <translation>Le fichier d'annotations ne contient pas de liste d'annotations.</translation>
    </message>
</context>
<context>
    <name>Gloss::AnnotationActions</name>
    <message>
        <source>&amp;Highlight</source>
        <translation>&amp;Surligner</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>Highlight with &amp;Note…</source>
        <translation>Surligner avec une &amp;note…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <source>&amp;Edit Note…</source>
        <translation>&amp;Modifier la note…</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>&amp;Delete Annotation</source>
        <translation>Supprimer l'ann&amp;otation</translation>
    </message>
    <message>
        <source>Note on the &amp;Article…</source>
        <translation>Note sur l'&amp;article…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Ne&amp;xt Highlight</source>
        <translation>Surlignage sui&amp;vant</translation>
    </message>
    <message>
        <source>F8</source>
        <translation>F8</translation>
    </message>
    <message>
        <source>Pre&amp;vious Highlight</source>
        <translation>Surlignage &amp;précédent</translation>
    </message>
    <message>
        <source>Shift+F8</source>
        <translation>Shift+F8</translation>
    </message>
    <message>
        <source>Re-attach to &amp;Selection</source>
        <translation>&amp;Rattacher à la sélection</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>&amp;Keep Detached</source>
        <translation>&amp;Laisser détaché</translation>
    </message>
    <message>
        <source>Colour &amp;Meanings…</source>
        <translation>Signification des &amp;couleurs…</translation>
    </message>
    <message>
        <source>Highlight &amp;Colour</source>
        <translation>Co&amp;uleur de surlignage</translation>
    </message>
    <message>
        <source>Note on “%1”</source>
        <translation>Note sur « %1 »</translation>
    </message>
    <message>
        <source>Alt+%1</source>
        <translation>Alt+%1</translation>
    </message>
    <message>
        <source>Note on %1</source>
        <translation>Note sur %1</translation>
    </message>
</context>
<context>
    <name>Gloss::AnnotationCommands</name>
    <message>
        <source>Highlight</source>
        <translation>Surligner</translation>
    </message>
    <message>
        <source>Delete Highlight</source>
        <translation>Supprimer le surlignage</translation>
    </message>
</context>
<context>
    <name>Gloss::AnnotationDock</name>
    <message>
        <source>Annotations</source>
        <translation>Annotations</translation>
    </message>
    <message>
        <source>Needs &amp;review</source>
        <translation>À &amp;vérifier</translation>
    </message>
    <message>
        <source>Highlight colours and their meanings</source>
        <translation>Couleurs de surlignage et leur signification</translation>
    </message>
    <message>
        <source>Search quotes, notes and tags</source>
        <translation>Rechercher dans les citations, les notes et les étiquettes</translation>
    </message>
    <message>
        <source>Search annotations</source>
        <translation>Rechercher dans les annotations</translation>
    </message>
    <message>
        <source>Show highlights of colour</source>
        <translation>Afficher les surlignages de cette couleur</translation>
    </message>
    <message>
        <source>Show annotations with tag</source>
        <translation>Afficher les annotations portant cette étiquette</translation>
    </message>
    <message>
        <source>Only highlights whose place Gloss could not confirm after the article changed</source>
        <translation>Uniquement les surlignages dont Gloss n'a pas pu confirmer l'emplacement après la modification de l'article</translation>
    </message>
    <message>
        <source>Highlights and notes</source>
        <translation>Surlignages et notes</translation>
    </message>
    <message>
        <source>All colours</source>
        <translation>Toutes les couleurs</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Toutes les étiquettes</translation>
    </message>
</context>
<context>
    <name>Gloss::AnnotationModel</name>
    <message>
        <source>(whole article)</source>
        <translation>(article entier)</translation>
    </message>
    <message>
        <source>(about %1)</source>
        <translation>(à propos de %1)</translation>
    </message>
    <message>
        <source>Needs review: the article changed and Gloss is not sure where this highlight belongs.</source>
        <translation>À vérifier : l'article a changé et Gloss ne sait pas avec certitude où placer ce surlignage.</translation>
    </message>
    <message>
        <source>%1 highlight: %2</source>
        <translation>Surlignage « %1 » : %2</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée le</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Créée le %1</translation>
    </message>
</context>
<context>
    <name>Gloss::AnnotationsRecovery</name>
    <message>
        <source>Annotations not loaded</source>
        <translation>Annotations non chargées</translation>
    </message>
    <message>
        <source>%1

The article is shown without its annotations; the file is left as it is. New highlights are kept, but they cannot be saved until you choose what to do with the damaged file.</source>
        <translation>%1

L’article est affiché sans ses annotations ; le fichier reste tel quel. Les nouveaux surlignages sont conservés, mais ne pourront être enregistrés qu’une fois choisi le sort du fichier endommagé.</translation>
    </message>
    <message>
        <source>&amp;Restore Last Backup</source>
        <translation>&amp;Restaurer la dernière sauvegarde</translation>
    </message>
    <message>
        <source>&amp;Set Aside and Start New</source>
        <translation>&amp;Mettre de côté et recommencer</translation>
    </message>
    <message>
        <source>Decide &amp;Later</source>
        <translation>Décider &amp;plus tard</translation>
    </message>
    <message>
        <source>Could not repair the annotations</source>
        <translation>Impossible de réparer les annotations</translation>
    </message>
    <message>
        <source>Highlights Not Saved</source>
        <translation>Surlignages non enregistrés</translation>
    </message>
    <message>
        <source>The annotations file of this article is damaged, so the highlights you made since opening it were not saved. Quit and lose them?</source>
        <translation>Le fichier d’annotations de cet article est endommagé : les surlignages faits depuis son ouverture n’ont pas été enregistrés. Quitter et les perdre ?</translation>
    </message>
</context>
<context>
    <name>Gloss::Article</name>
    <message>
        <source>The article data is damaged: %1</source>
        <translation>Les données de l'article sont endommagées : %1</translation>
    </message>
    <message>
        <source>This article was saved by a newer Gloss (schema %1; this version reads up to %2). Update Gloss to open it.</source>
        <translation>Cet article a été enregistré par une version plus récente de Gloss (schéma %1 ; cette version lit jusqu'au schéma %2). Mettez Gloss à jour pour l'ouvrir.</translation>
    </message>
</context>
<context>
    <name>Gloss::ArticleExporter</name>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>Exportation impossible</translation>
    </message>
    <message>
        <source>Could not export the PDF</source>
        <translation>Le PDF n’a pas pu être exporté</translation>
    </message>
    <message numerus="yes">
        <source>Exported to %1: %n highlight(s)</source>
        <translation>
            <numerusform>Exporté vers %1 : %n surlignage</numerusform>
            <numerusform>Exporté vers %1 : %n surlignages</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview of %1</source>
        <translation>Aperçu de %1</translation>
    </message>
    <message>
        <source>E&amp;xport Annotations (W3C)…</source>
        <translation>E&amp;xporter les annotations (W3C)…</translation>
    </message>
    <message>
        <source>&amp;Import Annotations…</source>
        <translation>&amp;Importer des annotations…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Export Annotations</source>
        <translation>Exporter les annotations</translation>
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
        <translation>Importer des annotations</translation>
    </message>
    <message>
        <source>Web Annotations or Hypothesis export (*.json *.jsonld);;All files (*)</source>
        <translation>Web Annotations ou export Hypothesis (*.json *.jsonld);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n annotation(s) to %1</source>
        <translation>
            <numerusform>%n annotation exportée vers %1</numerusform>
            <numerusform>%n annotations exportées vers %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not import the annotations</source>
        <translation>Impossible d'importer les annotations</translation>
    </message>
    <message>
        <source>%1

Nothing was imported.</source>
        <translation>%1

Rien n'a été importé.</translation>
    </message>
</context>
<context>
    <name>Gloss::ArticleImporter</name>
    <message>
        <source>Open &amp;Web Address…</source>
        <translation>Ouvrir une adresse &amp;web…</translation>
    </message>
    <message>
        <source>&amp;Paste as New Article</source>
        <translation>&amp;Coller comme nouvel article</translation>
    </message>
    <message>
        <source>&amp;Cancel Download</source>
        <translation>&amp;Annuler le téléchargement</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Open Web Address</source>
        <translation>Ouvrir une adresse web</translation>
    </message>
    <message>
        <source>Address of the article:</source>
        <translation>Adresse de l'article :</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <source>The clipboard holds no text, web page or address.</source>
        <translation>Le presse-papiers ne contient ni texte, ni page web, ni adresse.</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Downloading… %1 of %2 KB (Esc to cancel)</source>
        <translation>Téléchargement… %1 sur %2 Ko (Échap pour annuler)</translation>
    </message>
    <message>
        <source>Downloading… %1 KB (Esc to cancel)</source>
        <translation>Téléchargement… %1 Ko (Échap pour annuler)</translation>
    </message>
    <message>
        <source>Could not download the article</source>
        <translation>Impossible de télécharger l'article</translation>
    </message>
    <message>
        <source>Could not open the file</source>
        <translation>Impossible d'ouvrir le fichier</translation>
    </message>
    <message>
        <source>Downloading %1… (Esc to cancel)</source>
        <translation>Téléchargement de %1… (Échap pour annuler)</translation>
    </message>
    <message>
        <source>This article is already in your library.</source>
        <translation>Cet article est déjà dans votre bibliothèque.</translation>
    </message>
    <message>
        <source>Could not import the article</source>
        <translation>Impossible d'importer l'article</translation>
    </message>
    <message>
        <source>Article Already in the Library</source>
        <translation>Article déjà présent dans la bibliothèque</translation>
    </message>
    <message>
        <source>“%1” is already in your library, in a different version. Update it to this version? The earlier version is kept, and your highlights move with the text.</source>
        <translation>« %1 » est déjà dans votre bibliothèque, dans une autre version. Le mettre à jour vers cette version ? La version précédente est conservée et vos surlignages suivent le texte.</translation>
    </message>
    <message>
        <source>&amp;Update to This Version</source>
        <translation>&amp;Mettre à jour vers cette version</translation>
    </message>
    <message>
        <source>&amp;Keep Both</source>
        <translation>&amp;Conserver les deux</translation>
    </message>
    <message>
        <source>“%1” was updated; the earlier version is kept.</source>
        <translation>« %1 » a été mis à jour ; la version précédente est conservée.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n article(s).</source>
        <translation>
            <numerusform>%n article importé.</numerusform>
            <numerusform>%n articles importés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some files were not imported</source>
        <translation>Certains fichiers n’ont pas été importés</translation>
    </message>
</context>
<context>
    <name>Gloss::ChangesDialog</name>
    <message>
        <source>What Changed</source>
        <translation>Ce qui a changé</translation>
    </message>
    <message numerus="yes">
        <source>… %n unchanged paragraph(s) …</source>
        <translation>
            <numerusform>… %n paragraphe inchangé …</numerusform>
            <numerusform>… %n paragraphes inchangés …</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes between the versions</source>
        <translation>Modifications entre les versions</translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s) added, </source>
        <translation>
            <numerusform>%n paragraphe ajouté, </numerusform>
            <numerusform>%n paragraphes ajoutés, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed.</source>
        <translation>
            <numerusform>%n supprimé.</numerusform>
            <numerusform>%n supprimés.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gloss::Cleaner</name>
    <message>
        <source>The input is larger than %1 MB, the most Gloss reads.</source>
        <translation>L'entrée dépasse %1 Mo, la taille maximale que Gloss peut lire.</translation>
    </message>
    <message>
        <source>The input is empty.</source>
        <translation>L'entrée est vide.</translation>
    </message>
    <message>
        <source>The input is binary data, not text or HTML.</source>
        <translation>L'entrée contient des données binaires, ni du texte ni du HTML.</translation>
    </message>
    <message>
        <source>No article text was found in the input.</source>
        <translation>Aucun texte d'article n'a été trouvé dans l'entrée.</translation>
    </message>
</context>
<context>
    <name>Gloss::Cli</name>
    <message>
        <source>Exports an article's annotations as W3C Web Annotations, or imports W3C or Hypothesis annotations into it.</source>
        <translation>Exporte les annotations d'un article au format W3C Web Annotations, ou y importe des annotations W3C ou Hypothesis.</translation>
    </message>
    <message>
        <source>Write to &lt;file&gt; instead of standard output.</source>
        <translation>Écrire dans &lt;fichier&gt; au lieu de la sortie standard.</translation>
    </message>
    <message>
        <source>export or import</source>
        <translation>export ou import</translation>
    </message>
    <message>
        <source>For import: the annotations file</source>
        <translation>Pour l'import : le fichier d'annotations</translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 need review</source>
        <translation>%1 ajoutées, %2 mises à jour, %3 à vérifier</translation>
    </message>
    <message>
        <source>Print each file's cleaning time (read, clean, write) to stderr.</source>
        <translation>Afficher sur stderr la durée de nettoyage de chaque fichier (lecture, nettoyage, écriture).</translation>
    </message>
    <message>
        <source>Unknown format: %1</source>
        <translation>Format inconnu : %1</translation>
    </message>
    <message>
        <source>No input files.</source>
        <translation>Aucun fichier d'entrée.</translation>
    </message>
    <message>
        <source>Input file</source>
        <translation>Fichier d'entrée</translation>
    </message>
    <message>
        <source>Give exactly one file.</source>
        <translation>Indiquez exactement un fichier.</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Commande inconnue : %1</translation>
    </message>
    <message>
        <source>Tags names (PER, ORG, LOC, MISC). Reads CoNLL-style tokens on standard input: one token a line, optionally followed by its gold tag, a blank line between sentences, -DOCSTART- between documents. Writes each token with its IOB2 tag (after the gold tag, if any).</source>
        <translation>Étiquette les noms (PER, ORG, LOC, MISC). Lit sur l'entrée standard des jetons au format CoNLL : un jeton par ligne, éventuellement suivi de son étiquette de référence, une ligne vide entre les phrases, -DOCSTART- entre les documents. Écrit chaque jeton avec son étiquette IOB2 (après l'étiquette de référence, s'il y en a une).</translation>
    </message>
    <message>
        <source>The model file (default: the shipped one).</source>
        <translation>Le fichier du modèle (par défaut : celui fourni avec Gloss).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Score the tags against the gold column and print a conlleval-style report.</source>
        <translation>Évaluer les étiquettes par rapport à la colonne de référence et afficher un rapport dans le style de conlleval.</translation>
    </message>
    <message>
        <source>Read plain text instead and print each name as start, end, type and text (UTF-16 offsets).</source>
        <translation>Lire plutôt du texte brut et afficher chaque nom avec son début, sa fin, son type et son texte (positions UTF-16).</translation>
    </message>
    <message>
        <source>Cannot read standard input: %1</source>
        <translation>Impossible de lire l'entrée standard : %1</translation>
    </message>
    <message>
        <source>--evaluate needs a gold tag column in the input.</source>
        <translation>--evaluate nécessite une colonne d'étiquettes de référence dans l'entrée.</translation>
    </message>
    <message>
        <source>pdf, md, html or w3c.</source>
        <translation>pdf, md, html ou w3c.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Le fichier à écrire.</translation>
    </message>
    <message>
        <source>PDF paper size: a4 or letter.</source>
        <translation>Format de papier du PDF : a4 ou letter.</translation>
    </message>
    <message>
        <source>Leave out the notes section.</source>
        <translation>Omettre la section des notes.</translation>
    </message>
    <message>
        <source>Only highlights of these colours (comma-separated).</source>
        <translation>Seulement les surlignages de ces couleurs (séparées par des virgules).</translation>
    </message>
    <message>
        <source>Only annotations with these tags (comma-separated).</source>
        <translation>Seulement les annotations portant ces étiquettes (séparées par des virgules).</translation>
    </message>
    <message>
        <source>Lists the people, organisations, places, dates, figures and quotations of an article.</source>
        <translation>Liste les personnes, organisations, lieux, dates, chiffres et citations d’un article.</translation>
    </message>
    <message>
        <source>Output format: json (the list) or tsv (type, name, role or value, mentions).</source>
        <translation>Format de sortie : json (la liste) ou tsv (type, nom, rôle ou valeur, mentions).</translation>
    </message>
    <message>
        <source>Cleans web pages, web addresses and text dumps into articles.</source>
        <translation>Épure des pages web, des adresses web et des textes bruts en articles.</translation>
    </message>
    <message>
        <source>Output format: json, text or html.</source>
        <translation>Format de sortie : json, text ou html.</translation>
    </message>
    <message>
        <source>Clean this many files at once (default: all cores).</source>
        <translation>Épurer autant de fichiers à la fois (par défaut : tous les cœurs).</translation>
    </message>
    <message>
        <source>Input files or web addresses</source>
        <translation>Fichiers d’entrée ou adresses web</translation>
    </message>
    <message>
        <source>cleaned %1 of %2</source>
        <translation>%1 sur %2 épurés</translation>
    </message>
    <message>
        <source>Article id, article folder, file or web address</source>
        <translation>Identifiant d’article, dossier d’article, fichier ou adresse web</translation>
    </message>
    <message>
        <source>The library folder (default: %1).</source>
        <translation>Le dossier de la bibliothèque (par défaut : %1).</translation>
    </message>
    <message>
        <source>No article %1 in the library %2, and no such file.</source>
        <translation>Aucun article %1 dans la bibliothèque %2, et aucun fichier de ce nom.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importation de %1…</translation>
    </message>
    <message>
        <source>Add an index of people, organisations and places, and the quotes by speaker.</source>
        <translation>Ajouter un index des personnes, organisations et lieux, et les citations par locuteur.</translation>
    </message>
    <message>
        <source>Who the PDF annotations are by.</source>
        <translation>L’auteur des annotations du PDF.</translation>
    </message>
    <message>
        <source>Show the messages of the PDF printer too.</source>
        <translation>Afficher aussi les messages de l’imprimante PDF.</translation>
    </message>
    <message>
        <source>Exports an article with its annotations. ARTICLE is an id in the library, the path of an article folder, or a file or web address (imported into the library first).</source>
        <translation>Exporte un article avec ses annotations. ARTICLE est un identifiant de la bibliothèque, le chemin d’un dossier d’article, ou un fichier ou une adresse web (importé d’abord dans la bibliothèque).</translation>
    </message>
    <message>
        <source>Highlight %1: its words were not found in the PDF.</source>
        <translation>Surlignage %1 : ses mots sont introuvables dans le PDF.</translation>
    </message>
    <message>
        <source>Puts articles into the library and prints the id of each, one a line. Something already in the library is not imported twice; a new version of an article (same address, other text) updates it, its highlights moved with the text, unless --new-version says otherwise.</source>
        <translation>Place des articles dans la bibliothèque et affiche l’identifiant de chacun, un par ligne. Ce qui s’y trouve déjà n’est pas importé deux fois ; une nouvelle version d’un article (même adresse, autre texte) le met à jour, ses surlignages suivant le texte, sauf indication contraire de --new-version.</translation>
    </message>
    <message>
        <source>Print a JSON array of objects (id, title, outcome, …).</source>
        <translation>Afficher un tableau JSON d’objets (id, title, outcome, …).</translation>
    </message>
    <message>
        <source>update, keep-both or skip (default: update).</source>
        <translation>update, keep-both ou skip (par défaut : update).</translation>
    </message>
    <message>
        <source>No progress lines.</source>
        <translation>Pas de lignes de progression.</translation>
    </message>
    <message>
        <source>HTML or text files, or web addresses</source>
        <translation>Fichiers HTML ou texte, ou adresses web</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importation</translation>
    </message>
    <message>
        <source>could not be read</source>
        <translation>n’a pas pu être lu</translation>
    </message>
    <message>
        <source>Lists the articles of the library: id, title, site, publication date and number of highlights, separated by tabs.</source>
        <translation>Liste les articles de la bibliothèque : identifiant, titre, site, date de publication et nombre de surlignages, séparés par des tabulations.</translation>
    </message>
    <message>
        <source>Print a JSON array of objects.</source>
        <translation>Afficher un tableau JSON d’objets.</translation>
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
        <translation>Usage : gloss-cli COMMANDE [options]
Gloss sans fenêtre : placer des articles dans la bibliothèque, les lister et les exporter, nettoyer des pages d’actualité, lister leurs entités, ancrer et échanger des annotations.

Commandes :
  import FICHIER|URL...               placer des articles dans la bibliothèque, afficher leurs identifiants
  list                                les articles de la bibliothèque
  export --format pdf|md|html|w3c ARTICLE -o SORTIE   un export annoté
  annotations export ARTICLE          les annotations d’un article en JSON-LD W3C
  annotations import ARTICLE FICHIER  importer des annotations W3C ou Hypothesis
  clean FICHIER|URL...                nettoyer des pages en articles (JSON, texte ou HTML)
  entities FICHIER                    lister les entités d’un article
  tag [--evaluate|--text]             étiqueter les noms (jetons CoNLL sur l’entrée standard)
  anchor --text FICHIER --selector FICHIER  retrouver un surlignage dans un texte

ARTICLE est un identifiant de la bibliothèque (--library DOSSIER, par défaut celle de l’application de bureau), le chemin d’un dossier d’article, ou un fichier ou une adresse web, importé d’abord.
La sortie standard porte les résultats, la sortie d’erreur les seuls messages de Gloss.

Codes de sortie : 0 succès ; 1 une entrée n’a pas pu être lue, trouvée, importée ou exportée ; 2 mauvais usage.

gloss-cli COMMANDE --help affiche les options d’une commande.
</translation>
    </message>
    <message>
        <source>Making a PDF needs the gloss-print-pdf program (part of the desktop app), which was not found.</source>
        <translation>Produire un PDF demande le programme gloss-print-pdf (fourni avec l’application de bureau), introuvable.</translation>
    </message>
    <message>
        <source>Could not start %1: %2</source>
        <translation>Impossible de lancer %1 : %2</translation>
    </message>
    <message>
        <source>Printing the article was stopped.</source>
        <translation>L’impression de l’article a été interrompue.</translation>
    </message>
    <message>
        <source>Printing the article failed.</source>
        <translation>L’impression de l’article a échoué.</translation>
    </message>
</context>
<context>
    <name>Gloss::Document</name>
    <message>
        <source>Article Note</source>
        <translation>Note sur l'article</translation>
    </message>
    <message>
        <source>Entity Note</source>
        <translation>Note sur l'entité</translation>
    </message>
    <message>
        <source>Edit Annotation</source>
        <translation>Modifier l'annotation</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>Modifier la note</translation>
    </message>
    <message>
        <source>Change Colour</source>
        <translation>Changer la couleur</translation>
    </message>
    <message>
        <source>Edit Tags</source>
        <translation>Modifier les étiquettes</translation>
    </message>
    <message>
        <source>There is no such highlight.</source>
        <translation>Ce surlignage n'existe pas.</translation>
    </message>
    <message>
        <source>Re-attach Highlight</source>
        <translation>Rattacher le surlignage</translation>
    </message>
    <message>
        <source>Keep Detached</source>
        <translation>Laisser détaché</translation>
    </message>
    <message numerus="yes">
        <source>Import %n Annotation(s)</source>
        <translation>
            <numerusform>Importer %n annotation</numerusform>
            <numerusform>Importer %n annotations</numerusform>
        </translation>
    </message>
    <message>
        <source>Update Annotation</source>
        <translation>Mettre à jour l'annotation</translation>
    </message>
    <message>
        <source>This article already has %1 annotations, the most Gloss keeps for one article.</source>
        <translation>Cet article a déjà %1 annotations, le maximum que Gloss conserve pour un article.</translation>
    </message>
    <message>
        <source>The note is longer than %1 characters, the most Gloss keeps in one note.</source>
        <translation>La note dépasse %1 caractères, le maximum que Gloss conserve dans une note.</translation>
    </message>
</context>
<context>
    <name>Gloss::Entity</name>
    <message>
        <source>An entity has an unknown type "%1".</source>
        <translation>Une entité a un type inconnu « %1 ».</translation>
    </message>
    <message>
        <source>An entity has no name.</source>
        <translation>Une entité n’a pas de nom.</translation>
    </message>
    <message>
        <source>Entity %1 has a mention that is not a [start, end] pair.</source>
        <translation>L’entité %1 a une mention qui n’est pas une paire [début, fin].</translation>
    </message>
</context>
<context>
    <name>Gloss::EntityActions</name>
    <message>
        <source>Add &amp;Entity from Selection…</source>
        <translation>Ajouter une &amp;entité depuis la sélection…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>&amp;Delete Entity</source>
        <translation>&amp;Supprimer l’entité</translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation>&amp;Fusionner avec…</translation>
    </message>
    <message>
        <source>S&amp;plit Off This Mention</source>
        <translation>Sé&amp;parer cette mention</translation>
    </message>
    <message>
        <source>Change &amp;Type</source>
        <translation>Changer le &amp;type</translation>
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
        <translation>Renommer l’entité</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Merge Entity</source>
        <translation>Fusionner l’entité</translation>
    </message>
    <message>
        <source>Merge “%1” into:</source>
        <translation>Fusionner « %1 » avec :</translation>
    </message>
    <message>
        <source>Add Entity</source>
        <translation>Ajouter une entité</translation>
    </message>
    <message>
        <source>The selected words name a:</source>
        <translation>Les mots sélectionnés désignent :</translation>
    </message>
</context>
<context>
    <name>Gloss::EntityCorrections</name>
    <message>
        <source>An entity correction has an unknown operation "%1".</source>
        <translation>Une correction d’entité a une opération inconnue « %1 ».</translation>
    </message>
    <message>
        <source>An entity correction has an unknown type "%1".</source>
        <translation>Une correction d’entité a un type inconnu « %1 ».</translation>
    </message>
    <message>
        <source>An entity correction "%1" lacks a field it needs.</source>
        <translation>Il manque à la correction d’entité « %1 » un champ nécessaire.</translation>
    </message>
    <message>
        <source>The entity corrections file has no schema version.</source>
        <translation>Le fichier des corrections d’entités n’a pas de version de schéma.</translation>
    </message>
    <message>
        <source>The entity corrections were saved by a newer Gloss (schema %1). Update Gloss to open them.</source>
        <translation>Les corrections d’entités ont été enregistrées par une version plus récente de Gloss (schéma %1). Mettez Gloss à jour pour les ouvrir.</translation>
    </message>
    <message>
        <source>The entity corrections file has no list of corrections.</source>
        <translation>Le fichier des corrections d’entités ne contient pas de liste de corrections.</translation>
    </message>
    <message>
        <source>An entity correction is not an object.</source>
        <translation>Une correction d’entité n’est pas un objet.</translation>
    </message>
</context>
<context>
    <name>Gloss::EntityCorrectionsCommand</name>
    <message>
        <source>Rename Entity</source>
        <translation>Renommer l’entité</translation>
    </message>
    <message>
        <source>Merge Entities</source>
        <translation>Fusionner les entités</translation>
    </message>
    <message>
        <source>Split Off Mention</source>
        <translation>Séparer la mention</translation>
    </message>
    <message>
        <source>Change Entity Type</source>
        <translation>Changer le type de l’entité</translation>
    </message>
    <message>
        <source>Set Role</source>
        <translation>Définir le rôle</translation>
    </message>
    <message>
        <source>Delete Entity</source>
        <translation>Supprimer l’entité</translation>
    </message>
    <message>
        <source>Add Entity</source>
        <translation>Ajouter une entité</translation>
    </message>
</context>
<context>
    <name>Gloss::EntityDock</name>
    <message>
        <source>Entities</source>
        <translation>Entités</translation>
    </message>
    <message>
        <source>Filter entities</source>
        <translation>Filtrer les entités</translation>
    </message>
    <message>
        <source>Entities in the article</source>
        <translation>Entités de l'article</translation>
    </message>
    <message>
        <source>&amp;Note on Entity…</source>
        <translation>Note sur l'&amp;entité…</translation>
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
        <translation>Personne</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>Autres noms</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Chiffres</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Citations</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Chiffre</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>%1 (to %2)</source>
        <comment>quotation: speaker (to outlet)</comment>
        <translation>%1 (à %2)</translation>
    </message>
    <message>
        <source>source</source>
        <comment>an organisation cited as a source</comment>
        <translation>source</translation>
    </message>
    <message>
        <source>Also: %1</source>
        <translation>Aussi : %1</translation>
    </message>
    <message>
        <source>Role/Value</source>
        <translation>Rôle/Valeur</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>a week as the article names it: its days</comment>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>Gloss::ExportDialog</name>
    <message>
        <source>Include the &amp;notes section</source>
        <translation>Inclure la section des &amp;notes</translation>
    </message>
    <message>
        <source>Include an &amp;index of people, organisations and places</source>
        <translation>Inclure un &amp;index des personnes, organisations et lieux</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Annotated PDF</source>
        <translation>PDF annoté</translation>
    </message>
    <message>
        <source>Markdown (Obsidian, Zotero)</source>
        <translation>Markdown (Obsidian, Zotero)</translation>
    </message>
    <message>
        <source>HTML page</source>
        <translation>Page HTML</translation>
    </message>
    <message>
        <source>W3C Web Annotations (JSON-LD)</source>
        <translation>W3C Web Annotations (JSON-LD)</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>Fichier à écrire</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>Exporter vers</translation>
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
        <translation>Couleurs de surlignage à inclure</translation>
    </message>
    <message>
        <source>No tags yet</source>
        <translation>Pas encore d’étiquettes</translation>
    </message>
    <message>
        <source>Only annotations with these tags</source>
        <translation>Seulement les annotations portant ces étiquettes</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Enregistrer sous :</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier :</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>&amp;Couleurs :</translation>
    </message>
    <message>
        <source>Only &amp;tags:</source>
        <translation>Seulement les é&amp;tiquettes :</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
</context>
<context>
    <name>Gloss::Exporter</name>
    <message>
        <source>Making a PDF needs Qt WebEngine, which is not available here.</source>
        <translation>Produire un PDF demande Qt WebEngine, qui n’est pas disponible ici.</translation>
    </message>
    <message>
        <source>Making the annotated PDF…</source>
        <translation>Création du PDF annoté…</translation>
    </message>
    <message>
        <source>Cannot prepare the page to print.</source>
        <translation>Impossible de préparer la page à imprimer.</translation>
    </message>
    <message>
        <source>Gloss user</source>
        <translation>Utilisateur de Gloss</translation>
    </message>
</context>
<context>
    <name>Gloss::HighlightPalette</name>
    <message>
        <source>Claim</source>
        <translation>Affirmation</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citation</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>À suivre</translation>
    </message>
</context>
<context>
    <name>Gloss::HtmlExporter</name>
    <message>
        <source>Annotated %1</source>
        <translation>Annoté le %1</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>On %1</source>
        <translation>Sur %1</translation>
    </message>
    <message>
        <source>On the whole article</source>
        <translation>Sur l’article entier</translation>
    </message>
    <message>
        <source>People, organisations and places</source>
        <translation>Personnes, organisations et lieux</translation>
    </message>
    <message>
        <source>Unattributed</source>
        <translation>Non attribué</translation>
    </message>
    <message>
        <source>Quotes by speaker</source>
        <translation>Citations par locuteur</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
</context>
<context>
    <name>Gloss::Importer</name>
    <message>
        <source>pasted text</source>
        <translation>texte collé</translation>
    </message>
    <message>
        <source>Importing articles…</source>
        <translation>Importation des articles…</translation>
    </message>
</context>
<context>
    <name>Gloss::JsonFile</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Le fichier %1 n'existe pas.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>%1 is too large (%2 MB; the limit is %3 MB).</source>
        <translation>%1 est trop volumineux (%2 Mo ; la limite est de %3 Mo).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 est vide.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2 at byte %3).</source>
        <translation>%1 n'est pas du JSON valide (%2 à l'octet %3).</translation>
    </message>
    <message>
        <source>%1 does not hold a JSON object.</source>
        <translation>%1 ne contient pas d'objet JSON.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d'écrire %1 : %2</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation>L'écriture de %1 a échoué : %2</translation>
    </message>
    <message>
        <source>Saving %1 failed: %2</source>
        <translation>L'enregistrement de %1 a échoué : %2</translation>
    </message>
</context>
<context>
    <name>Gloss::Library</name>
    <message>
        <source>Delete “%1”</source>
        <translation>Supprimer « %1 »</translation>
    </message>
</context>
<context>
    <name>Gloss::LibraryDock</name>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Search titles, sites, authors, tags and text</source>
        <translation>Rechercher dans les titres, sites, auteurs, étiquettes et textes</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>Rechercher dans la bibliothèque</translation>
    </message>
    <message>
        <source>Articles in the library</source>
        <translation>Articles de la bibliothèque</translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation>&amp;Mettre à la corbeille</translation>
    </message>
    <message>
        <source>&amp;Empty Trash…</source>
        <translation>&amp;Vider la corbeille…</translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation>Vider la corbeille</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>La corbeille est vide.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n article(s) in the trash for good, with their highlights and notes? This cannot be undone.</source>
        <translation>
            <numerusform>Supprimer définitivement %n article de la corbeille, avec ses surlignages et ses notes ? Cette action est irréversible.</numerusform>
            <numerusform>Supprimer définitivement les %n articles de la corbeille, avec leurs surlignages et leurs notes ? Cette action est irréversible.</numerusform>
        </translation>
    </message>
    <message>
        <source>Articles whose text matches the search</source>
        <translation>Articles dont le texte correspond à la recherche</translation>
    </message>
    <message>
        <source>Indexing the library for full-text search…</source>
        <translation>Indexation de la bibliothèque pour la recherche en texte intégral…</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) contain “%1”</source>
        <translation>
            <numerusform>%n article contient « %1 »</numerusform>
            <numerusform>%n articles contiennent « %1 »</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gloss::LibraryModel</name>
    <message>
        <source>(untitled)</source>
        <translation>(sans titre)</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publié le</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Auteurs</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>Surlignages</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lu</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté le</translation>
    </message>
</context>
<context>
    <name>Gloss::LibraryStore</name>
    <message>
        <source>The library location %1 is a file, not a folder.</source>
        <translation>L'emplacement de la bibliothèque %1 est un fichier, pas un dossier.</translation>
    </message>
    <message>
        <source>Cannot create the library folder %1.</source>
        <translation>Impossible de créer le dossier de la bibliothèque %1.</translation>
    </message>
    <message>
        <source>Cannot create the article folder %1.</source>
        <translation>Impossible de créer le dossier d'article %1.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>The original source of this article is not in the library.</source>
        <translation>La source originale de cet article ne se trouve pas dans la bibliothèque.</translation>
    </message>
    <message>
        <source>The annotations of this article could not be read, so Gloss does not save over them. Repair or move %1 and reopen the article.</source>
        <translation>Les annotations de cet article n'ont pas pu être lues ; Gloss ne les écrase donc pas. Réparez ou déplacez %1, puis rouvrez l'article.</translation>
    </message>
    <message>
        <source>Cannot create the trash folder %1.</source>
        <translation>Impossible de créer le dossier de la corbeille %1.</translation>
    </message>
    <message>
        <source>Cannot move %1 to the trash.</source>
        <translation>Impossible de mettre %1 à la corbeille.</translation>
    </message>
    <message>
        <source>An article with the same id is already in the library.</source>
        <translation>Un article ayant le même identifiant se trouve déjà dans la bibliothèque.</translation>
    </message>
    <message>
        <source>Cannot restore %1 from the trash.</source>
        <translation>Impossible de restaurer %1 depuis la corbeille.</translation>
    </message>
    <message>
        <source>Cannot empty the trash folder %1.</source>
        <translation>Impossible de vider le dossier de la corbeille %1.</translation>
    </message>
    <message>
        <source>The annotations of this article could not be read, so Gloss does not change the article under them. Repair or move %1 first.</source>
        <translation>Les annotations de cet article n’ont pas pu être lues : Gloss ne modifie donc pas l’article sous elles. Réparez ou déplacez d’abord %1.</translation>
    </message>
    <message>
        <source>Cannot update the article in %1.</source>
        <translation>Impossible de mettre à jour l’article dans %1.</translation>
    </message>
    <message>
        <source>Cannot finish updating the article in %1.</source>
        <translation>Impossible de terminer la mise à jour de l’article dans %1.</translation>
    </message>
    <message>
        <source>The entity corrections of this article could not be read, so Gloss does not save over them. Repair or move %1 and reopen the article.</source>
        <translation>Les corrections d’entités de cet article n’ont pas pu être lues ; Gloss ne les écrase donc pas. Réparez ou déplacez %1 et rouvrez l’article.</translation>
    </message>
    <message>
        <source>Cannot rename %1.</source>
        <translation>Impossible de renommer %1.</translation>
    </message>
</context>
<context>
    <name>Gloss::MainWindow</name>
    <message>
        <source>Gloss</source>
        <translation>Gloss</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>%1 — Gloss</source>
        <translation>%1 — Gloss</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Échec de l'enregistrement</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>&amp;Re-clean Article</source>
        <translation>&amp;Nettoyer à nouveau l'article</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Clean the article's original source again; highlights are re-anchored</source>
        <translation>Nettoyer à nouveau la source originale de l'article ; les surlignages sont réancrés</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refaire</translation>
    </message>
    <message>
        <source>&amp;About Gloss</source>
        <translation>À &amp;propos de Gloss</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation>&amp;Annoter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Source</translation>
    </message>
    <message>
        <source>Ctrl+U</source>
        <translation>Ctrl+U</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Bibliothèque</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <source>&amp;Entities</source>
        <translation>&amp;Entités</translation>
    </message>
    <message>
        <source>&amp;Annotations</source>
        <translation>&amp;Annotations</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Ctrl+/</source>
        <translation>Ctrl+/</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Could not open the article</source>
        <translation>Impossible d'ouvrir l'article</translation>
    </message>
    <message>
        <source>Could not re-clean the article</source>
        <translation>Impossible de nettoyer à nouveau l'article</translation>
    </message>
    <message>
        <source>Highlights: %1 in place, %2 moved with their text, %3 matched approximately, %4 need review</source>
        <translation>Surlignages : %1 en place, %2 déplacés avec leur texte, %3 retrouvés approximativement, %4 à vérifier</translation>
    </message>
    <message>
        <source>Highlights need review</source>
        <translation>Surlignages à vérifier</translation>
    </message>
    <message numerus="yes">
        <source>The article's text changed and Gloss is not sure where %n highlight(s) belong. They are listed under “Needs review”: select the right words and choose Annotate → Re-attach to Selection, or keep them detached.</source>
        <translation>
            <numerusform>Le texte de l'article a changé et Gloss ne sait pas avec certitude où placer %n surlignage. Il figure sous « À vérifier » : sélectionnez les bons mots et choisissez Annoter → Rattacher à la sélection, ou laissez-le détaché.</numerusform>
            <numerusform>Le texte de l'article a changé et Gloss ne sait pas avec certitude où placer %n surlignages. Ils figurent sous « À vérifier » : sélectionnez les bons mots et choisissez Annoter → Rattacher à la sélection, ou laissez-les détachés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Articles (*.html *.htm *.txt *.md);;All files (*)</source>
        <translation>Articles (*.html *.htm *.txt *.md);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>About Gloss</source>
        <translation>À propos de Gloss</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Gloss %1&lt;/h3&gt;&lt;p&gt;A reader and annotator for news articles.&lt;/p&gt;&lt;p&gt;Copyright © 2026 the Gloss developers. Gloss is free software under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;It is built with:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt %2, including Qt WebEngine (Chromium) and Qt WebChannel — LGPL-3.0&lt;/li&gt;&lt;li&gt;KDE Syntax Highlighting — MIT; some syntax definitions GPL&lt;/li&gt;&lt;li&gt;gumbo, the HTML5 parser — Apache-2.0&lt;/li&gt;&lt;li&gt;poppler — GPL-2.0-or-later&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;The name tagger was trained on CoNLL-2003 (Reuters) and on the GUM corpus (CC-BY); the place lists come from Debian's iso-codes and tzdata. The sample article is © Deutsche Welle.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Gloss %1&lt;/h3&gt;&lt;p&gt;Un lecteur et outil d'annotation pour les articles de presse.&lt;/p&gt;&lt;p&gt;Copyright © 2026 les développeurs de Gloss. Gloss est un logiciel libre distribué selon les termes de la licence publique générale GNU (GPL), version 3 ou ultérieure.&lt;/p&gt;&lt;p&gt;Il s'appuie sur :&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt %2, y compris Qt WebEngine (Chromium) et Qt WebChannel — LGPL-3.0&lt;/li&gt;&lt;li&gt;KDE Syntax Highlighting — MIT ; certaines définitions de syntaxe sous GPL&lt;/li&gt;&lt;li&gt;gumbo, l'analyseur HTML5 — Apache-2.0&lt;/li&gt;&lt;li&gt;poppler — GPL-2.0-or-later&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;L'outil de reconnaissance des noms a été entraîné sur CoNLL-2003 (Reuters) et sur le corpus GUM (CC-BY) ; les listes de lieux proviennent des paquets iso-codes et tzdata de Debian. L'article d'exemple est © Deutsche Welle.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open Articles</source>
        <translation>Ouvrir des articles</translation>
    </message>
    <message>
        <source>Opened read-only</source>
        <translation>Ouvert en lecture seule</translation>
    </message>
    <message>
        <source>%1

Gloss shows what it understands of this article and will not change it.</source>
        <translation>%1

Gloss affiche ce qu’il comprend de cet article et ne le modifiera pas.</translation>
    </message>
    <message>
        <source>Could not put the text back</source>
        <translation>Le texte n’a pas pu être remis</translation>
    </message>
    <message>
        <source>Show &amp;Removed Text</source>
        <translation>Afficher le texte &amp;retiré</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>Show the text the cleaner left out, with the reason, to put any of it back</source>
        <translation>Afficher le texte que le nettoyage a omis, avec la raison, pour en remettre une partie</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation>&amp;Barre d’outils</translation>
    </message>
    <message>
        <source>Reading the library… %1 of %2 articles</source>
        <translation>Lecture de la bibliothèque… %1 articles sur %2</translation>
    </message>
    <message>
        <source>Load &amp;Images</source>
        <translation>Charger les &amp;images</translation>
    </message>
    <message>
        <source>Show the article's pictures, fetched from the web; off, reading makes no network request</source>
        <translation>Affiche les images de l’article, chargées depuis le Web ; désactivé, la lecture ne fait aucune requête réseau</translation>
    </message>
</context>
<context>
    <name>Gloss::MarkdownExporter</name>
    <message>
        <source>in the article</source>
        <translation>dans l’article</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>Gloss::MeaningsDialog</name>
    <message>
        <source>Colour Meanings</source>
        <translation>Signification des couleurs</translation>
    </message>
    <message>
        <source>What does each highlight colour mean to you?</source>
        <translation>Que signifie pour vous chaque couleur de surlignage ?</translation>
    </message>
    <message>
        <source>Meaning of colour %1</source>
        <translation>Signification de la couleur %1</translation>
    </message>
</context>
<context>
    <name>Gloss::NerModel</name>
    <message>
        <source>The named-entity model %1 is damaged or not a Gloss model (%2). Reinstall Gloss or retrain the model with scripts/train-ner.</source>
        <translation>Le modèle d'entités nommées %1 est endommagé ou n'est pas un modèle Gloss (%2). Réinstallez Gloss ou réentraînez le modèle avec scripts/train-ner.</translation>
    </message>
    <message>
        <source>The named-entity model %1 does not exist. Train it with scripts/train-ner.</source>
        <translation>Le modèle d'entités nommées %1 n'existe pas. Entraînez-le avec scripts/train-ner.</translation>
    </message>
    <message numerus="yes">
        <source>%n bytes, shorter than the header</source>
        <translation>
            <numerusform>%n octet, moins que l'en-tête</numerusform>
            <numerusform>%n octets, moins que l'en-tête</numerusform>
        </translation>
    </message>
    <message>
        <source>wrong magic number</source>
        <translation>nombre magique incorrect</translation>
    </message>
    <message>
        <source>The named-entity model %1 has format version %2; this Gloss reads version %3. Retrain it with scripts/train-ner.</source>
        <translation>Le modèle d'entités nommées %1 est au format version %2 ; cette version de Gloss lit la version %3. Réentraînez-le avec scripts/train-ner.</translation>
    </message>
    <message>
        <source>unexpected label count</source>
        <translation>nombre d'étiquettes inattendu</translation>
    </message>
    <message>
        <source>%1 bytes of payload, the header says %2</source>
        <translation>%1 octets de données utiles, l'en-tête en annonce %2</translation>
    </message>
    <message>
        <source>checksum mismatch</source>
        <translation>somme de contrôle incorrecte</translation>
    </message>
    <message>
        <source>bad gazetteer header</source>
        <translation>en-tête de la liste de noms incorrect</translation>
    </message>
    <message>
        <source>truncated gazetteer</source>
        <translation>liste de noms tronquée</translation>
    </message>
    <message>
        <source>the weight table does not fit the file</source>
        <translation>la table des poids ne correspond pas au fichier</translation>
    </message>
    <message>
        <source>bad weight scale</source>
        <translation>échelle des poids incorrecte</translation>
    </message>
    <message>
        <source>truncated weight table</source>
        <translation>table des poids tronquée</translation>
    </message>
    <message>
        <source>feature keys out of order</source>
        <translation>clés de caractéristiques dans le désordre</translation>
    </message>
</context>
<context>
    <name>Gloss::NerTagger</name>
    <message>
        <source>The named-entity model %1 was not found. Looked in:
%2
Set GLOSS_MODEL_DIR to its folder, or train it with scripts/train-ner.</source>
        <translation>Le modèle d'entités nommées %1 est introuvable. Emplacements examinés :
%2
Définissez GLOSS_MODEL_DIR sur son dossier, ou entraînez-le avec scripts/train-ner.</translation>
    </message>
</context>
<context>
    <name>Gloss::NoteDialog</name>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Annotated text</source>
        <translation>Texte annoté</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. source, check</source>
        <translation>Séparées par des virgules, p. ex. source, vérifier</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Highlight colour</source>
        <translation>Couleur de surlignage</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>É&amp;tiquettes :</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Couleur :</translation>
    </message>
</context>
<context>
    <name>Gloss::NoteEditor</name>
    <message>
        <source>Note (Markdown)</source>
        <translation>Note (Markdown)</translation>
    </message>
    <message>
        <source>Write a note in Markdown…</source>
        <translation>Écrivez une note en Markdown…</translation>
    </message>
    <message>
        <source>Note preview</source>
        <translation>Aperçu de la note</translation>
    </message>
</context>
<context>
    <name>Gloss::PdfAnnotator</name>
    <message>
        <source>%1 is not a readable PDF.</source>
        <translation>%1 n’est pas un PDF lisible.</translation>
    </message>
    <message>
        <source>Cannot write into %1: %2</source>
        <translation>Impossible d’écrire dans %1 : %2</translation>
    </message>
    <message>
        <source>Could not write the annotated PDF %1.</source>
        <translation>Le PDF annoté %1 n’a pas pu être écrit.</translation>
    </message>
    <message>
        <source>Cannot save %1.</source>
        <translation>Impossible d’enregistrer %1.</translation>
    </message>
</context>
<context>
    <name>Gloss::PdfPrinter</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>L’exportation a été annulée.</translation>
    </message>
    <message>
        <source>The page to print could not be laid out.</source>
        <translation>La page à imprimer n’a pas pu être mise en page.</translation>
    </message>
    <message>
        <source>Printing the article failed.</source>
        <translation>L’impression de l’article a échoué.</translation>
    </message>
</context>
<context>
    <name>Gloss::ReaderBridge</name>
    <message>
        <source>Put back into the article</source>
        <translation>Remettre dans l’article</translation>
    </message>
</context>
<context>
    <name>Gloss::ReaderView</name>
    <message>
        <source>Article</source>
        <translation>Article</translation>
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
        <translation>Lien court</translation>
    </message>
    <message>
        <source>Agency sign-off</source>
        <translation>Signature d’agence</translation>
    </message>
    <message>
        <source>Page header</source>
        <translation>En-tête de page</translation>
    </message>
    <message>
        <source>Page footer</source>
        <translation>Pied de page</translation>
    </message>
    <message>
        <source>Aside</source>
        <translation>Encadré</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>Formulaire</translation>
    </message>
    <message>
        <source>Outside the article</source>
        <translation>Hors de l’article</translation>
    </message>
    <message>
        <source>Share buttons</source>
        <translation>Boutons de partage</translation>
    </message>
    <message>
        <source>Advertisement</source>
        <translation>Publicité</translation>
    </message>
    <message>
        <source>Related links</source>
        <translation>Liens connexes</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commentaires</translation>
    </message>
    <message>
        <source>Cookie notice</source>
        <translation>Avis sur les cookies</translation>
    </message>
    <message>
        <source>Newsletter box</source>
        <translation>Encart newsletter</translation>
    </message>
    <message>
        <source>Author biography</source>
        <translation>Biographie de l’auteur</translation>
    </message>
    <message>
        <source>“Read more” teaser</source>
        <translation>Accroche « Lire la suite »</translation>
    </message>
    <message>
        <source>Repeated pull quote</source>
        <translation>Citation en exergue répétée</translation>
    </message>
    <message>
        <source>Boilerplate</source>
        <translation>Texte standard</translation>
    </message>
    <message>
        <source>Image credit</source>
        <translation>Crédit photo</translation>
    </message>
    <message>
        <source>Other stories</source>
        <translation>Autres articles</translation>
    </message>
    <message>
        <source>Repeated widget</source>
        <translation>Élément répété</translation>
    </message>
    <message>
        <source>Shortcode remnant</source>
        <translation>Reste de shortcode</translation>
    </message>
    <message>
        <source>Page address</source>
        <translation>Adresse de la page</translation>
    </message>
    <message>
        <source>Subscription prompt</source>
        <translation>Invitation à s’abonner</translation>
    </message>
    <message>
        <source>Tag list</source>
        <translation>Liste de mots-clés</translation>
    </message>
    <message>
        <source>Copyright notice</source>
        <translation>Mention de copyright</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <source>Citation note</source>
        <translation>Note de citation</translation>
    </message>
    <message>
        <source>About the publisher</source>
        <translation>À propos de l’éditeur</translation>
    </message>
    <message>
        <source>Publisher's note</source>
        <translation>Note de l’éditeur</translation>
    </message>
    <message>
        <source>Repeated title</source>
        <translation>Titre répété</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Date line</source>
        <translation>Ligne de date</translation>
    </message>
    <message>
        <source>Hidden text</source>
        <translation>Texte masqué</translation>
    </message>
    <message>
        <source>Dialog</source>
        <translation>Boîte de dialogue</translation>
    </message>
</context>
<context>
    <name>Gloss::SearchResultModel</name>
    <message>
        <source>Found in a highlight or note</source>
        <translation>Trouvé dans un surlignage ou une note</translation>
    </message>
    <message>
        <source>Found in the article text</source>
        <translation>Trouvé dans le texte de l'article</translation>
    </message>
</context>
<context>
    <name>Gloss::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>A new language applies when Gloss starts next.</source>
        <translation>La nouvelle langue s'appliquera au prochain démarrage de Gloss.</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Suivre le système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Sepia</source>
        <translation>Sépia</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Reader default (serif)</source>
        <translation>Police par défaut du lecteur (avec empattements)</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> caractères</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Reader &amp;theme:</source>
        <translation>&amp;Thème de lecture :</translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation>&amp;Police :</translation>
    </message>
    <message>
        <source>Font &amp;size:</source>
        <translation>Ta&amp;ille de police :</translation>
    </message>
    <message>
        <source>Line &amp;width:</source>
        <translation>Lar&amp;geur de ligne :</translation>
    </message>
    <message>
        <source>Load &amp;images from the web</source>
        <translation>Charger les images depuis le &amp;Web</translation>
    </message>
    <message>
        <source>Off, figures show their descriptions and Gloss makes no network request while you read. On, only the pictures are fetched, without cookies or the address of what you read.</source>
        <translation>Désactivé, les figures affichent leur description et Gloss ne fait aucune requête réseau pendant la lecture. Activé, seules les images sont chargées, sans cookies ni l’adresse de ce que vous lisez.</translation>
    </message>
    <message>
        <source>Pictures:</source>
        <translation>Images :</translation>
    </message>
    <message>
        <source>The author of the notes in exported PDFs</source>
        <translation>L’auteur des notes dans les PDF exportés</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom :</translation>
    </message>
</context>
<context>
    <name>Gloss::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>Commands and their keyboard shortcuts</source>
        <translation>Commandes et leurs raccourcis clavier</translation>
    </message>
</context>
<context>
    <name>Gloss::SourceView</name>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Original source</source>
        <translation>Source originale</translation>
    </message>
    <message>
        <source>Stored article</source>
        <translation>Article enregistré</translation>
    </message>
    <message>
        <source>Stored annotations</source>
        <translation>Annotations enregistrées</translation>
    </message>
</context>
<context>
    <name>Gloss::Startup</name>
    <message>
        <source>The sample article is missing.</source>
        <translation>L'article d'exemple est introuvable.</translation>
    </message>
</context>
<context>
    <name>Gloss::UrlFetcher</name>
    <message>
        <source>“%1” is not a web address (http or https).</source>
        <translation>« %1 » n'est pas une adresse web (http ou https).</translation>
    </message>
    <message>
        <source>The download was cancelled.</source>
        <translation>Le téléchargement a été annulé.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, the most Gloss downloads.</source>
        <translation>%1 dépasse %2 Mo, la taille maximale que Gloss télécharge.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds.</source>
        <translation>%1 n'a pas répondu dans les %2 secondes.</translation>
    </message>
    <message>
        <source>The server %1 was not found. Check the address and your connection.</source>
        <translation>Le serveur %1 est introuvable. Vérifiez l'adresse et votre connexion.</translation>
    </message>
    <message>
        <source>%1 answered with error %2 (%3).</source>
        <translation>%1 a répondu avec l'erreur %2 (%3).</translation>
    </message>
    <message>
        <source>Could not download %1: %2</source>
        <translation>Impossible de télécharger %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a web page or text (it is %2).</source>
        <translation>%1 n'est ni une page web ni du texte (c'est %2).</translation>
    </message>
</context>
<context>
    <name>Gloss::WebAnnotation</name>
    <message>
        <source>Annotation %1 has no target.</source>
        <translation>L'annotation %1 n'a pas de cible.</translation>
    </message>
    <message>
        <source>Annotation %1 has neither a quote nor a note.</source>
        <translation>L'annotation %1 n'a ni citation ni note.</translation>
    </message>
    <message>
        <source>The annotations are not valid JSON (%1 at byte %2).</source>
        <translation>Les annotations ne sont pas du JSON valide (%1 à l'octet %2).</translation>
    </message>
    <message>
        <source>The annotation collection has no embedded first page; Gloss cannot fetch pages from the web.</source>
        <translation>La collection d'annotations ne contient pas de première page intégrée ; Gloss ne peut pas récupérer de pages sur le web.</translation>
    </message>
    <message>
        <source>This is neither a W3C Web Annotation document nor a Hypothesis export.</source>
        <translation>Ce n'est ni un document W3C Web Annotation ni un export Hypothesis.</translation>
    </message>
    <message>
        <source>The file holds %1 annotations; Gloss imports at most %2 at once.</source>
        <translation>Le fichier contient %1 annotations ; Gloss en importe au plus %2 à la fois.</translation>
    </message>
    <message>
        <source>Item %1 is not an annotation.</source>
        <translation>L'élément %1 n'est pas une annotation.</translation>
    </message>
    <message>
        <source>Item %1 is not of type Annotation.</source>
        <translation>L'élément %1 n'est pas de type Annotation.</translation>
    </message>
    <message>
        <source>Item %1: %2</source>
        <translation>Élément %1 : %2</translation>
    </message>
</context>
<context>
    <name>Gloss::Workspace</name>
    <message>
        <source>The annotations of this article could not be read, so Gloss does not change the article under them.</source>
        <translation>Les annotations de cet article n’ont pas pu être lues : Gloss ne modifie donc pas l’article sous elles.</translation>
    </message>
    <message>
        <source>There is no such removed text.</source>
        <translation>Ce texte retiré n’existe pas.</translation>
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
        <translation>Lire, annoter et exporter des articles de presse.</translation>
    </message>
    <message>
        <source>Use the library in &lt;folder&gt;.</source>
        <translation>Utiliser la bibliothèque située dans &lt;dossier&gt;.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>Use the interface language &lt;code&gt; (en, de, fr, ar).</source>
        <translation>Utiliser la langue d'interface &lt;code&gt; (en, de, fr, ar).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <source>Save a picture of the window to &lt;file&gt; and quit.</source>
        <translation>Enregistrer une capture de la fenêtre dans &lt;fichier&gt; et quitter.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Articles to open: HTML or text files, or web addresses.</source>
        <translation>Articles à ouvrir : fichiers HTML ou texte, ou adresses web.</translation>
    </message>
    <message>
        <source>Gloss</source>
        <translation>Gloss</translation>
    </message>
    <message>
        <source>The library %1 is in use by another program (process %2 on %3) that does not answer. Close it, or start Gloss with --library and another folder.</source>
        <translation>La bibliothèque %1 est utilisée par un autre programme (processus %2 sur %3) qui ne répond pas. Fermez-le, ou lancez Gloss avec --library et un autre dossier.</translation>
    </message>
</context>
</TS>
