<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
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
        <translation>الاستخدام: gloss-cli anchor --text FILE --selector SELECTOR.json
يعثر مجددًا على تظليل في نص ويطبع {"start", "end", "score", "status"}.
الملف FILE نص بترميز UTF-8 (أو ملف article.json)، والملف SELECTOR.json يحوي
محددًا من نوع TextQuoteSelector أو TextPositionSelector، أو قائمة بالاثنين، أو تعليقًا فيه target.selector.
تُعدّ المواضع بوحدات ترميز UTF-16 ما لم يحتوِ ملف JSON على "positionUnit": "codepoint"؛
ويستخدم الناتج الوحدة نفسها.
</translation>
    </message>
    <message>
        <source>Unknown positionUnit "%1" (codepoint or utf16).</source>
        <translation>قيمة positionUnit «%1» غير معروفة (codepoint أو utf16).</translation>
    </message>
    <message>
        <source>The TextQuoteSelector has no "exact" text.</source>
        <translation>لا يحتوي TextQuoteSelector على نص «exact».</translation>
    </message>
    <message>
        <source>The TextPositionSelector needs 0 &lt;= start &lt;= end (integers).</source>
        <translation>يتطلب TextPositionSelector أن يكون 0 &lt;= start &lt;= end (أعدادًا صحيحة).</translation>
    </message>
    <message>
        <source>No TextQuoteSelector or TextPositionSelector found.</source>
        <translation>لم يُعثر على TextQuoteSelector أو TextPositionSelector.</translation>
    </message>
    <message>
        <source>The text is not valid UTF-8.</source>
        <translation>النص ليس بترميز UTF-8 صالح.</translation>
    </message>
    <message>
        <source>Unknown argument: %1</source>
        <translation>وسيط غير معروف: %1</translation>
    </message>
    <message>
        <source>%1 needs a file name.</source>
        <translation>الخيار %1 يحتاج إلى اسم ملف.</translation>
    </message>
    <message>
        <source>Both --text and --selector are required.</source>
        <translation>الخياران --text و --selector مطلوبان كلاهما.</translation>
    </message>
    <message>
        <source>Invalid JSON at offset %1: %2</source>
        <translation>صيغة JSON غير صالحة عند الموضع %1: %2</translation>
    </message>
</context>
<context>
    <name>Gloss::Annotation</name>
    <message>
        <source>The selection is empty or outside the article.</source>
        <translation>التحديد فارغ أو خارج المقالة.</translation>
    </message>
    <message>
        <source>The selection holds only white space.</source>
        <translation>التحديد لا يحتوي إلا على مسافات بيضاء.</translation>
    </message>
    <message>
        <source>An annotation has no id.</source>
        <translation>أحد التعليقات بلا معرّف.</translation>
    </message>
    <message>
        <source>Note %1 is on an entity without a name.</source>
        <translation>الملاحظة %1 مرتبطة بكيان بلا اسم.</translation>
    </message>
    <message>
        <source>Annotation %1 has no usable quote or position.</source>
        <translation>التعليق %1 ليس له اقتباس أو موضع صالح للاستخدام.</translation>
    </message>
    <message>
        <source>The annotations file has no schema version.</source>
        <translation>ملف التعليقات لا يحدد إصدار المخطط.</translation>
    </message>
    <message>
        <source>The annotations were saved by a newer Gloss (schema %1). Update Gloss to open them.</source>
        <translation>حُفظت التعليقات بإصدار أحدث من Gloss (المخطط %1). حدّث Gloss لفتحها.</translation>
    </message>
    <message>
        <source>The annotations file has no list of annotations.</source>
        <translation>ملف التعليقات لا يحتوي على قائمة تعليقات.</translation>
    </message>
</context>
<context>
    <name>Gloss::AnnotationActions</name>
    <message>
        <source>&amp;Highlight</source>
        <translation>ت&amp;ظليل</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>Highlight with &amp;Note…</source>
        <translation>تظليل مع &amp;ملاحظة…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <source>&amp;Edit Note…</source>
        <translation>&amp;تحرير الملاحظة…</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>&amp;Delete Annotation</source>
        <translation>&amp;حذف التعليق</translation>
    </message>
    <message>
        <source>Note on the &amp;Article…</source>
        <translation>ملاحظة على &amp;المقالة…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Ne&amp;xt Highlight</source>
        <translation>التظليل التا&amp;لي</translation>
    </message>
    <message>
        <source>F8</source>
        <translation>F8</translation>
    </message>
    <message>
        <source>Pre&amp;vious Highlight</source>
        <translation>التظليل ال&amp;سابق</translation>
    </message>
    <message>
        <source>Shift+F8</source>
        <translation>Shift+F8</translation>
    </message>
    <message>
        <source>Re-attach to &amp;Selection</source>
        <translation>إعادة ال&amp;ربط بالتحديد</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>&amp;Keep Detached</source>
        <translation>الإبقاء &amp;دون ربط</translation>
    </message>
    <message>
        <source>Colour &amp;Meanings…</source>
        <translation>معاني ال&amp;ألوان…</translation>
    </message>
    <message>
        <source>Highlight &amp;Colour</source>
        <translation>لو&amp;ن التظليل</translation>
    </message>
    <message>
        <source>Note on “%1”</source>
        <translation>ملاحظة على «%1»</translation>
    </message>
    <message>
        <source>Alt+%1</source>
        <translation>Alt+%1</translation>
    </message>
    <message>
        <source>Note on %1</source>
        <translation>ملاحظة على %1</translation>
    </message>
</context>
<context>
    <name>Gloss::AnnotationCommands</name>
    <message>
        <source>Highlight</source>
        <translation>تظليل</translation>
    </message>
    <message>
        <source>Delete Highlight</source>
        <translation>حذف التظليل</translation>
    </message>
</context>
<context>
    <name>Gloss::AnnotationDock</name>
    <message>
        <source>Annotations</source>
        <translation>التعليقات</translation>
    </message>
    <message>
        <source>Needs &amp;review</source>
        <translation>بحاجة إلى &amp;مراجعة</translation>
    </message>
    <message>
        <source>Highlight colours and their meanings</source>
        <translation>ألوان التظليل ومعانيها</translation>
    </message>
    <message>
        <source>Search quotes, notes and tags</source>
        <translation>البحث في الاقتباسات والملاحظات والوسوم</translation>
    </message>
    <message>
        <source>Search annotations</source>
        <translation>البحث في التعليقات</translation>
    </message>
    <message>
        <source>Show highlights of colour</source>
        <translation>إظهار التظليلات بهذا اللون</translation>
    </message>
    <message>
        <source>Show annotations with tag</source>
        <translation>إظهار التعليقات التي تحمل هذا الوسم</translation>
    </message>
    <message>
        <source>Only highlights whose place Gloss could not confirm after the article changed</source>
        <translation>التظليلات التي لم يتمكن Gloss من تأكيد موضعها بعد تغيّر المقالة فقط</translation>
    </message>
    <message>
        <source>Highlights and notes</source>
        <translation>التظليلات والملاحظات</translation>
    </message>
    <message>
        <source>All colours</source>
        <translation>كل الألوان</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>كل الوسوم</translation>
    </message>
</context>
<context>
    <name>Gloss::AnnotationModel</name>
    <message>
        <source>(whole article)</source>
        <translation>(المقالة كاملة)</translation>
    </message>
    <message>
        <source>(about %1)</source>
        <translation>(حول %1)</translation>
    </message>
    <message>
        <source>Needs review: the article changed and Gloss is not sure where this highlight belongs.</source>
        <translation>بحاجة إلى مراجعة: تغيّرت المقالة ولم يعد Gloss متأكدًا من موضع هذا التظليل.</translation>
    </message>
    <message>
        <source>%1 highlight: %2</source>
        <translation>تظليل «%1»: %2</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>اقتباس</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>تاريخ الإنشاء</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>أُنشئت في %1</translation>
    </message>
</context>
<context>
    <name>Gloss::AnnotationsRecovery</name>
    <message>
        <source>Annotations not loaded</source>
        <translation>لم تُحمَّل التعليقات</translation>
    </message>
    <message>
        <source>%1

The article is shown without its annotations; the file is left as it is. New highlights are kept, but they cannot be saved until you choose what to do with the damaged file.</source>
        <translation>%1

تُعرض المقالة دون تعليقاتها، ويبقى الملف كما هو. تُحفظ التظليلات الجديدة في الذاكرة، لكن لا يمكن حفظها قبل أن تختار ما يُفعل بالملف التالف.</translation>
    </message>
    <message>
        <source>&amp;Restore Last Backup</source>
        <translation>ا&amp;ستعادة آخر نسخة احتياطية</translation>
    </message>
    <message>
        <source>&amp;Set Aside and Start New</source>
        <translation>&amp;تنحيته والبدء من جديد</translation>
    </message>
    <message>
        <source>Decide &amp;Later</source>
        <translation>القرار لا&amp;حقًا</translation>
    </message>
    <message>
        <source>Could not repair the annotations</source>
        <translation>تعذّر إصلاح التعليقات</translation>
    </message>
    <message>
        <source>Highlights Not Saved</source>
        <translation>التظليلات غير محفوظة</translation>
    </message>
    <message>
        <source>The annotations file of this article is damaged, so the highlights you made since opening it were not saved. Quit and lose them?</source>
        <translation>ملف تعليقات هذه المقالة تالف، لذا لم تُحفظ التظليلات التي أضفتها منذ فتحها. هل تريد الخروج وفقدانها؟</translation>
    </message>
</context>
<context>
    <name>Gloss::Article</name>
    <message>
        <source>The article data is damaged: %1</source>
        <translation>بيانات المقالة تالفة: %1</translation>
    </message>
    <message>
        <source>This article was saved by a newer Gloss (schema %1; this version reads up to %2). Update Gloss to open it.</source>
        <translation>حُفظت هذه المقالة بإصدار أحدث من Gloss (المخطط %1، وهذا الإصدار يقرأ حتى المخطط %2). حدّث Gloss لفتحها.</translation>
    </message>
</context>
<context>
    <name>Gloss::ArticleExporter</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;تصدير…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>تعذّر التصدير</translation>
    </message>
    <message>
        <source>Could not export the PDF</source>
        <translation>تعذّر تصدير ملف PDF</translation>
    </message>
    <message numerus="yes">
        <source>Exported to %1: %n highlight(s)</source>
        <translation>
            <numerusform>صُدِّر إلى %1: لا تظليلات</numerusform>
            <numerusform>صُدِّر إلى %1: تظليل واحد</numerusform>
            <numerusform>صُدِّر إلى %1: تظليلان</numerusform>
            <numerusform>صُدِّر إلى %1: %n تظليلات</numerusform>
            <numerusform>صُدِّر إلى %1: %n تظليلًا</numerusform>
            <numerusform>صُدِّر إلى %1: %n تظليل</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview of %1</source>
        <translation>معاينة %1</translation>
    </message>
    <message>
        <source>E&amp;xport Annotations (W3C)…</source>
        <translation>ت&amp;صدير التعليقات (W3C)…</translation>
    </message>
    <message>
        <source>&amp;Import Annotations…</source>
        <translation>ا&amp;ستيراد تعليقات…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Export Annotations</source>
        <translation>تصدير التعليقات</translation>
    </message>
    <message>
        <source>Web Annotations (*.jsonld *.json)</source>
        <translation>تعليقات ويب (*.jsonld *.json)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>Import Annotations</source>
        <translation>استيراد تعليقات</translation>
    </message>
    <message>
        <source>Web Annotations or Hypothesis export (*.json *.jsonld);;All files (*)</source>
        <translation>تعليقات ويب (Web Annotations) أو ملف مصدَّر من Hypothesis (*.json *.jsonld);;كل الملفات (*)</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n annotation(s) to %1</source>
        <translation>
            <numerusform>لم يُصدَّر أي تعليق إلى %1</numerusform>
            <numerusform>تم تصدير تعليق واحد إلى %1</numerusform>
            <numerusform>تم تصدير تعليقين إلى %1</numerusform>
            <numerusform>تم تصدير %n تعليقات إلى %1</numerusform>
            <numerusform>تم تصدير %n تعليقًا إلى %1</numerusform>
            <numerusform>تم تصدير %n تعليق إلى %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not import the annotations</source>
        <translation>تعذّر استيراد التعليقات</translation>
    </message>
    <message>
        <source>%1

Nothing was imported.</source>
        <translation>%1

لم يُستورد أي شيء.</translation>
    </message>
</context>
<context>
    <name>Gloss::ArticleImporter</name>
    <message>
        <source>Open &amp;Web Address…</source>
        <translation>فتح &amp;عنوان ويب…</translation>
    </message>
    <message>
        <source>&amp;Paste as New Article</source>
        <translation>&amp;لصق كمقالة جديدة</translation>
    </message>
    <message>
        <source>&amp;Cancel Download</source>
        <translation>إل&amp;غاء التنزيل</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Open Web Address</source>
        <translation>فتح عنوان ويب</translation>
    </message>
    <message>
        <source>Address of the article:</source>
        <translation>عنوان المقالة:</translation>
    </message>
    <message>
        <source>Ctrl+Shift+V</source>
        <translation>Ctrl+Shift+V</translation>
    </message>
    <message>
        <source>The clipboard holds no text, web page or address.</source>
        <translation>لا تحتوي الحافظة على نص أو صفحة ويب أو عنوان.</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Downloading… %1 of %2 KB (Esc to cancel)</source>
        <translation>جارٍ التنزيل… %1 من %2 كيلوبايت (Esc للإلغاء)</translation>
    </message>
    <message>
        <source>Downloading… %1 KB (Esc to cancel)</source>
        <translation>جارٍ التنزيل… %1 كيلوبايت (Esc للإلغاء)</translation>
    </message>
    <message>
        <source>Could not download the article</source>
        <translation>تعذّر تنزيل المقالة</translation>
    </message>
    <message>
        <source>Could not open the file</source>
        <translation>تعذّر فتح الملف</translation>
    </message>
    <message>
        <source>Downloading %1… (Esc to cancel)</source>
        <translation>جارٍ تنزيل %1… (Esc للإلغاء)</translation>
    </message>
    <message>
        <source>This article is already in your library.</source>
        <translation>هذه المقالة موجودة بالفعل في مكتبتك.</translation>
    </message>
    <message>
        <source>Could not import the article</source>
        <translation>تعذّر استيراد المقالة</translation>
    </message>
    <message>
        <source>Article Already in the Library</source>
        <translation>المقالة موجودة في المكتبة</translation>
    </message>
    <message>
        <source>“%1” is already in your library, in a different version. Update it to this version? The earlier version is kept, and your highlights move with the text.</source>
        <translation>المقالة «%1» موجودة بالفعل في مكتبتك بنسخة مختلفة. أتريد تحديثها إلى هذه النسخة؟ ستُحفظ النسخة السابقة، وستنتقل تظليلاتك مع النص.</translation>
    </message>
    <message>
        <source>&amp;Update to This Version</source>
        <translation>&amp;تحديث إلى هذه النسخة</translation>
    </message>
    <message>
        <source>&amp;Keep Both</source>
        <translation>الا&amp;حتفاظ بكلتيهما</translation>
    </message>
    <message>
        <source>“%1” was updated; the earlier version is kept.</source>
        <translation>حُدّثت المقالة «%1» مع الاحتفاظ بالنسخة السابقة.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n article(s).</source>
        <translation>
            <numerusform>لم تُستورد أي مقالة.</numerusform>
            <numerusform>استُوردت مقالة واحدة.</numerusform>
            <numerusform>استُوردت مقالتان.</numerusform>
            <numerusform>استُوردت %n مقالات.</numerusform>
            <numerusform>استُوردت %n مقالة.</numerusform>
            <numerusform>استُوردت %n مقالة.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some files were not imported</source>
        <translation>لم تُستورد بعض الملفات</translation>
    </message>
</context>
<context>
    <name>Gloss::ChangesDialog</name>
    <message>
        <source>What Changed</source>
        <translation>ما الذي تغيّر</translation>
    </message>
    <message numerus="yes">
        <source>… %n unchanged paragraph(s) …</source>
        <translation>
            <numerusform>… لا فقرات دون تغيير …</numerusform>
            <numerusform>… فقرة واحدة دون تغيير …</numerusform>
            <numerusform>… فقرتان دون تغيير …</numerusform>
            <numerusform>… %n فقرات دون تغيير …</numerusform>
            <numerusform>… %n فقرة دون تغيير …</numerusform>
            <numerusform>… %n فقرة دون تغيير …</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes between the versions</source>
        <translation>التغييرات بين النسختين</translation>
    </message>
    <message numerus="yes">
        <source>%n paragraph(s) added, </source>
        <translation>
            <numerusform>لم تُضَف أي فقرة، </numerusform>
            <numerusform>أُضيفت فقرة واحدة، </numerusform>
            <numerusform>أُضيفت فقرتان، </numerusform>
            <numerusform>أُضيفت %n فقرات، </numerusform>
            <numerusform>أُضيفت %n فقرة، </numerusform>
            <numerusform>أُضيفت %n فقرة، </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n removed.</source>
        <translation>
            <numerusform>ولم تُحذف أي فقرة.</numerusform>
            <numerusform>وحُذفت فقرة واحدة.</numerusform>
            <numerusform>وحُذفت فقرتان.</numerusform>
            <numerusform>وحُذفت %n فقرات.</numerusform>
            <numerusform>وحُذفت %n فقرة.</numerusform>
            <numerusform>وحُذفت %n فقرة.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gloss::Cleaner</name>
    <message>
        <source>The input is larger than %1 MB, the most Gloss reads.</source>
        <translation>حجم المدخلات أكبر من %1 ميغابايت، وهو الحد الأقصى الذي يقرؤه Gloss.</translation>
    </message>
    <message>
        <source>The input is empty.</source>
        <translation>المدخلات فارغة.</translation>
    </message>
    <message>
        <source>The input is binary data, not text or HTML.</source>
        <translation>المدخلات بيانات ثنائية وليست نصًا أو HTML.</translation>
    </message>
    <message>
        <source>No article text was found in the input.</source>
        <translation>لم يُعثر على نص مقالة في المدخلات.</translation>
    </message>
</context>
<context>
    <name>Gloss::Cli</name>
    <message>
        <source>Exports an article's annotations as W3C Web Annotations, or imports W3C or Hypothesis annotations into it.</source>
        <translation>يصدّر تعليقات مقالة بصيغة W3C Web Annotations، أو يستورد إليها تعليقات W3C أو Hypothesis.</translation>
    </message>
    <message>
        <source>Write to &lt;file&gt; instead of standard output.</source>
        <translation>الكتابة إلى &lt;ملف&gt; بدلًا من المخرجات القياسية.</translation>
    </message>
    <message>
        <source>export or import</source>
        <translation>export أو import</translation>
    </message>
    <message>
        <source>For import: the annotations file</source>
        <translation>عند الاستيراد: ملف التعليقات</translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 need review</source>
        <translation>المضافة: %1، المحدَّثة: %2، بحاجة إلى مراجعة: %3</translation>
    </message>
    <message>
        <source>Print each file's cleaning time (read, clean, write) to stderr.</source>
        <translation>طباعة زمن تنظيف كل ملف (القراءة، التنظيف، الكتابة) على stderr.</translation>
    </message>
    <message>
        <source>Unknown format: %1</source>
        <translation>صيغة غير معروفة: %1</translation>
    </message>
    <message>
        <source>No input files.</source>
        <translation>لا توجد ملفات إدخال.</translation>
    </message>
    <message>
        <source>Input file</source>
        <translation>ملف الإدخال</translation>
    </message>
    <message>
        <source>Give exactly one file.</source>
        <translation>حدّد ملفًا واحدًا بالضبط.</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>أمر غير معروف: %1</translation>
    </message>
    <message>
        <source>Tags names (PER, ORG, LOC, MISC). Reads CoNLL-style tokens on standard input: one token a line, optionally followed by its gold tag, a blank line between sentences, -DOCSTART- between documents. Writes each token with its IOB2 tag (after the gold tag, if any).</source>
        <translation>يَسِم الأسماء (PER وORG وLOC وMISC). يقرأ من الدخل القياسي وحدات (tokens) بأسلوب CoNLL: وحدة واحدة في كل سطر، يليها اختياريًا وسمها المرجعي، وسطر فارغ بين الجمل، و-DOCSTART- بين المستندات. ويكتب كل وحدة مع وسم IOB2 الخاص بها (بعد الوسم المرجعي إن وُجد).</translation>
    </message>
    <message>
        <source>The model file (default: the shipped one).</source>
        <translation>ملف النموذج (الافتراضي: النموذج المرفق مع Gloss).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Score the tags against the gold column and print a conlleval-style report.</source>
        <translation>تقييم الوسوم مقارنةً بعمود الوسوم المرجعية وطباعة تقرير على طريقة conlleval.</translation>
    </message>
    <message>
        <source>Read plain text instead and print each name as start, end, type and text (UTF-16 offsets).</source>
        <translation>قراءة نص عادي بدلًا من ذلك وطباعة كل اسم مع بدايته ونهايته ونوعه ونصه (مواضع UTF-16).</translation>
    </message>
    <message>
        <source>Cannot read standard input: %1</source>
        <translation>تعذّرت قراءة الدخل القياسي: %1</translation>
    </message>
    <message>
        <source>--evaluate needs a gold tag column in the input.</source>
        <translation>يتطلب الخيار --evaluate عمودًا للوسوم المرجعية في المدخلات.</translation>
    </message>
    <message>
        <source>pdf, md, html or w3c.</source>
        <translation>pdf أو md أو html أو w3c.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>الملف المراد كتابته.</translation>
    </message>
    <message>
        <source>PDF paper size: a4 or letter.</source>
        <translation>مقاس ورق PDF: a4 أو letter.</translation>
    </message>
    <message>
        <source>Leave out the notes section.</source>
        <translation>حذف قسم الملاحظات.</translation>
    </message>
    <message>
        <source>Only highlights of these colours (comma-separated).</source>
        <translation>التظليلات بهذه الألوان فقط (مفصولة بفواصل).</translation>
    </message>
    <message>
        <source>Only annotations with these tags (comma-separated).</source>
        <translation>التعليقات بهذه الوسوم فقط (مفصولة بفواصل).</translation>
    </message>
    <message>
        <source>Lists the people, organisations, places, dates, figures and quotations of an article.</source>
        <translation>يسرد الأشخاص والمنظمات والأماكن والتواريخ والأرقام والاقتباسات في مقالة.</translation>
    </message>
    <message>
        <source>Output format: json (the list) or tsv (type, name, role or value, mentions).</source>
        <translation>صيغة الإخراج: json (القائمة) أو tsv (النوع، الاسم، الدور أو القيمة، مرات الذكر).</translation>
    </message>
    <message>
        <source>Cleans web pages, web addresses and text dumps into articles.</source>
        <translation>ينقّي صفحات الويب وعناوينها والنصوص الخام إلى مقالات.</translation>
    </message>
    <message>
        <source>Output format: json, text or html.</source>
        <translation>صيغة الإخراج: json أو text أو html.</translation>
    </message>
    <message>
        <source>Clean this many files at once (default: all cores).</source>
        <translation>تنقية هذا العدد من الملفات في آن واحد (الافتراضي: كل الأنوية).</translation>
    </message>
    <message>
        <source>Input files or web addresses</source>
        <translation>ملفات الإدخال أو عناوين الويب</translation>
    </message>
    <message>
        <source>cleaned %1 of %2</source>
        <translation>نُقّي %1 من %2</translation>
    </message>
    <message>
        <source>Article id, article folder, file or web address</source>
        <translation>معرّف المقالة أو مجلدها أو ملف أو عنوان ويب</translation>
    </message>
    <message>
        <source>The library folder (default: %1).</source>
        <translation>مجلد المكتبة (الافتراضي: %1).</translation>
    </message>
    <message>
        <source>No article %1 in the library %2, and no such file.</source>
        <translation>لا توجد مقالة %1 في المكتبة %2، ولا ملف بهذا الاسم.</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>جارٍ استيراد %1…</translation>
    </message>
    <message>
        <source>Add an index of people, organisations and places, and the quotes by speaker.</source>
        <translation>إضافة فهرس للأشخاص والمنظمات والأماكن، والاقتباسات حسب المتحدث.</translation>
    </message>
    <message>
        <source>Who the PDF annotations are by.</source>
        <translation>كاتب تعليقات ملف PDF.</translation>
    </message>
    <message>
        <source>Show the messages of the PDF printer too.</source>
        <translation>عرض رسائل طابعة PDF أيضًا.</translation>
    </message>
    <message>
        <source>Exports an article with its annotations. ARTICLE is an id in the library, the path of an article folder, or a file or web address (imported into the library first).</source>
        <translation>يصدّر مقالة مع تعليقاتها. ARTICLE معرّف في المكتبة، أو مسار مجلد مقالة، أو ملف أو عنوان ويب (يُستورد إلى المكتبة أولًا).</translation>
    </message>
    <message>
        <source>Highlight %1: its words were not found in the PDF.</source>
        <translation>التظليل %1: لم تُعثر على كلماته في ملف PDF.</translation>
    </message>
    <message>
        <source>Puts articles into the library and prints the id of each, one a line. Something already in the library is not imported twice; a new version of an article (same address, other text) updates it, its highlights moved with the text, unless --new-version says otherwise.</source>
        <translation>يضع المقالات في المكتبة ويطبع معرّف كل منها، واحدًا في كل سطر. لا يُستورد ما هو موجود في المكتبة مرتين؛ والنسخة الجديدة من مقالة (العنوان نفسه، نص آخر) تحدّثها وتنتقل تظليلاتها مع النص، ما لم يحدد --new-version غير ذلك.</translation>
    </message>
    <message>
        <source>Print a JSON array of objects (id, title, outcome, …).</source>
        <translation>طباعة مصفوفة JSON من الكائنات (id وtitle وoutcome…).</translation>
    </message>
    <message>
        <source>update, keep-both or skip (default: update).</source>
        <translation>update أو keep-both أو skip (الافتراضي: update).</translation>
    </message>
    <message>
        <source>No progress lines.</source>
        <translation>دون أسطر تقدّم.</translation>
    </message>
    <message>
        <source>HTML or text files, or web addresses</source>
        <translation>ملفات HTML أو نصية، أو عناوين ويب</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>الاستيراد</translation>
    </message>
    <message>
        <source>could not be read</source>
        <translation>تعذّرت قراءته</translation>
    </message>
    <message>
        <source>Lists the articles of the library: id, title, site, publication date and number of highlights, separated by tabs.</source>
        <translation>يسرد مقالات المكتبة: المعرّف والعنوان والموقع وتاريخ النشر وعدد التظليلات، مفصولة بعلامات جدولة.</translation>
    </message>
    <message>
        <source>Print a JSON array of objects.</source>
        <translation>طباعة مصفوفة JSON من الكائنات.</translation>
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
        <translation>الاستخدام: gloss-cli COMMAND [options]
Gloss دون نافذة: إدخال المقالات إلى المكتبة وسردها وتصديرها، وتنظيف صفحات الأخبار، وسرد كياناتها، وتثبيت التعليقات وتبادلها.

الأوامر:
  import FILE|URL...                  إدخال مقالات إلى المكتبة وطباعة معرّفاتها
  list                                مقالات المكتبة
  export --format pdf|md|html|w3c ARTICLE -o OUT   تصدير مع التعليقات
  annotations export ARTICLE          تعليقات مقالة بصيغة W3C JSON-LD
  annotations import ARTICLE FILE     استيراد تعليقات W3C أو Hypothesis
  clean FILE|URL...                   تنظيف الصفحات إلى مقالات (JSON أو نص أو HTML)
  entities FILE                       سرد كيانات مقالة
  tag [--evaluate|--text]             وسم الأسماء (رموز CoNLL على الدخل القياسي)
  anchor --text FILE --selector FILE  العثور على تظليل في نص من جديد

ARTICLE معرّف في المكتبة (‎--library DIR، الافتراضية مكتبة تطبيق سطح المكتب)، أو مسار مجلد مقالة، أو ملف أو عنوان ويب يُستورد أولًا.
يحمل الخرج القياسي النتائج، وخرج الأخطاء رسائل Gloss وحدها.

رموز الخروج: 0 نجاح؛ 1 تعذّرت قراءة مدخل أو إيجاده أو استيراده أو تصديره؛ 2 استخدام خاطئ.

شغّل gloss-cli COMMAND --help لعرض خيارات أمر.
</translation>
    </message>
    <message>
        <source>Making a PDF needs the gloss-print-pdf program (part of the desktop app), which was not found.</source>
        <translation>يتطلب إنشاء ملف PDF برنامج gloss-print-pdf (جزء من تطبيق سطح المكتب)، ولم يُعثر عليه.</translation>
    </message>
    <message>
        <source>Could not start %1: %2</source>
        <translation>تعذّر تشغيل %1: %2</translation>
    </message>
    <message>
        <source>Printing the article was stopped.</source>
        <translation>أُوقفت طباعة المقالة.</translation>
    </message>
    <message>
        <source>Printing the article failed.</source>
        <translation>فشلت طباعة المقالة.</translation>
    </message>
</context>
<context>
    <name>Gloss::Document</name>
    <message>
        <source>Article Note</source>
        <translation>ملاحظة على المقالة</translation>
    </message>
    <message>
        <source>Entity Note</source>
        <translation>ملاحظة على الكيان</translation>
    </message>
    <message>
        <source>Edit Annotation</source>
        <translation>تحرير التعليق</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>تحرير الملاحظة</translation>
    </message>
    <message>
        <source>Change Colour</source>
        <translation>تغيير اللون</translation>
    </message>
    <message>
        <source>Edit Tags</source>
        <translation>تحرير الوسوم</translation>
    </message>
    <message>
        <source>There is no such highlight.</source>
        <translation>لا يوجد تظليل كهذا.</translation>
    </message>
    <message>
        <source>Re-attach Highlight</source>
        <translation>إعادة ربط التظليل</translation>
    </message>
    <message>
        <source>Keep Detached</source>
        <translation>الإبقاء دون ربط</translation>
    </message>
    <message numerus="yes">
        <source>Import %n Annotation(s)</source>
        <translation>
            <numerusform>استيراد %n تعليق</numerusform>
            <numerusform>استيراد تعليق واحد</numerusform>
            <numerusform>استيراد تعليقين</numerusform>
            <numerusform>استيراد %n تعليقات</numerusform>
            <numerusform>استيراد %n تعليقًا</numerusform>
            <numerusform>استيراد %n تعليق</numerusform>
        </translation>
    </message>
    <message>
        <source>Update Annotation</source>
        <translation>تحديث التعليق</translation>
    </message>
    <message>
        <source>This article already has %1 annotations, the most Gloss keeps for one article.</source>
        <translation>في هذه المقالة %1 تعليق، وهو أقصى ما يحفظه Gloss لمقالة واحدة.</translation>
    </message>
    <message>
        <source>The note is longer than %1 characters, the most Gloss keeps in one note.</source>
        <translation>الملاحظة أطول من %1 حرف، وهو أقصى ما يحفظه Gloss في ملاحظة واحدة.</translation>
    </message>
</context>
<context>
    <name>Gloss::Entity</name>
    <message>
        <source>An entity has an unknown type "%1".</source>
        <translation>لكيان نوع غير معروف «%1».</translation>
    </message>
    <message>
        <source>An entity has no name.</source>
        <translation>لكيان ليس له اسم.</translation>
    </message>
    <message>
        <source>Entity %1 has a mention that is not a [start, end] pair.</source>
        <translation>للكيان %1 ذِكر ليس زوجًا [بداية، نهاية].</translation>
    </message>
</context>
<context>
    <name>Gloss::EntityActions</name>
    <message>
        <source>Add &amp;Entity from Selection…</source>
        <translation>إضافة &amp;كيان من التحديد…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>إعادة ال&amp;تسمية…</translation>
    </message>
    <message>
        <source>&amp;Delete Entity</source>
        <translation>&amp;حذف الكيان</translation>
    </message>
    <message>
        <source>&amp;Merge Into…</source>
        <translation>&amp;دمج في…</translation>
    </message>
    <message>
        <source>S&amp;plit Off This Mention</source>
        <translation>&amp;فصل هذا الذِّكر</translation>
    </message>
    <message>
        <source>Change &amp;Type</source>
        <translation>تغيير ال&amp;نوع</translation>
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
        <translation>إعادة تسمية الكيان</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>الاسم:</translation>
    </message>
    <message>
        <source>Merge Entity</source>
        <translation>دمج الكيان</translation>
    </message>
    <message>
        <source>Merge “%1” into:</source>
        <translation>دمج «%1» في:</translation>
    </message>
    <message>
        <source>Add Entity</source>
        <translation>إضافة كيان</translation>
    </message>
    <message>
        <source>The selected words name a:</source>
        <translation>الكلمات المحددة تسمّي:</translation>
    </message>
</context>
<context>
    <name>Gloss::EntityCorrections</name>
    <message>
        <source>An entity correction has an unknown operation "%1".</source>
        <translation>لتصحيح كيان عملية غير معروفة «%1».</translation>
    </message>
    <message>
        <source>An entity correction has an unknown type "%1".</source>
        <translation>لتصحيح كيان نوع غير معروف «%1».</translation>
    </message>
    <message>
        <source>An entity correction "%1" lacks a field it needs.</source>
        <translation>ينقص تصحيح الكيان «%1» حقل يحتاجه.</translation>
    </message>
    <message>
        <source>The entity corrections file has no schema version.</source>
        <translation>ملف تصحيحات الكيانات بلا إصدار مخطط.</translation>
    </message>
    <message>
        <source>The entity corrections were saved by a newer Gloss (schema %1). Update Gloss to open them.</source>
        <translation>حُفظت تصحيحات الكيانات بإصدار أحدث من Gloss (المخطط %1). حدّث Gloss لفتحها.</translation>
    </message>
    <message>
        <source>The entity corrections file has no list of corrections.</source>
        <translation>ملف تصحيحات الكيانات بلا قائمة تصحيحات.</translation>
    </message>
    <message>
        <source>An entity correction is not an object.</source>
        <translation>تصحيح كيان ليس كائنًا.</translation>
    </message>
</context>
<context>
    <name>Gloss::EntityCorrectionsCommand</name>
    <message>
        <source>Rename Entity</source>
        <translation>إعادة تسمية الكيان</translation>
    </message>
    <message>
        <source>Merge Entities</source>
        <translation>دمج الكيانات</translation>
    </message>
    <message>
        <source>Split Off Mention</source>
        <translation>فصل الإشارة</translation>
    </message>
    <message>
        <source>Change Entity Type</source>
        <translation>تغيير نوع الكيان</translation>
    </message>
    <message>
        <source>Set Role</source>
        <translation>تحديد الدور</translation>
    </message>
    <message>
        <source>Delete Entity</source>
        <translation>حذف الكيان</translation>
    </message>
    <message>
        <source>Add Entity</source>
        <translation>إضافة كيان</translation>
    </message>
</context>
<context>
    <name>Gloss::EntityDock</name>
    <message>
        <source>Entities</source>
        <translation>الكيانات</translation>
    </message>
    <message>
        <source>Filter entities</source>
        <translation>تصفية الكيانات</translation>
    </message>
    <message>
        <source>Entities in the article</source>
        <translation>الكيانات في المقالة</translation>
    </message>
    <message>
        <source>&amp;Note on Entity…</source>
        <translation>ملاحظة على ال&amp;كيان…</translation>
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
        <translation>شخص</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>منظمة</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>مكان</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>مرات الذكر</translation>
    </message>
    <message>
        <source>People</source>
        <translation>الأشخاص</translation>
    </message>
    <message>
        <source>Organisations</source>
        <translation>المنظمات</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>الأماكن</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>أسماء أخرى</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>التواريخ</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>الأرقام</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>الاقتباسات</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاريخ</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>رقم</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>اقتباس</translation>
    </message>
    <message>
        <source>%1 (to %2)</source>
        <comment>quotation: speaker (to outlet)</comment>
        <translation>%1 (إلى %2)</translation>
    </message>
    <message>
        <source>source</source>
        <comment>an organisation cited as a source</comment>
        <translation>مصدر</translation>
    </message>
    <message>
        <source>Also: %1</source>
        <translation>أيضًا: %1</translation>
    </message>
    <message>
        <source>Role/Value</source>
        <translation>الدور/القيمة</translation>
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
        <translation>تضمين قسم ال&amp;ملاحظات</translation>
    </message>
    <message>
        <source>Include an &amp;index of people, organisations and places</source>
        <translation>تضمين &amp;فهرس للأشخاص والمنظمات والأماكن</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>تصدير</translation>
    </message>
    <message>
        <source>Annotated PDF</source>
        <translation>ملف PDF معلَّق</translation>
    </message>
    <message>
        <source>Markdown (Obsidian, Zotero)</source>
        <translation>Markdown (‏Obsidian وZotero)</translation>
    </message>
    <message>
        <source>HTML page</source>
        <translation>صفحة HTML</translation>
    </message>
    <message>
        <source>W3C Web Annotations (JSON-LD)</source>
        <translation>تعليقات الويب W3C ‏(JSON-LD)</translation>
    </message>
    <message>
        <source>File to write</source>
        <translation>الملف المراد كتابته</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;استعراض…</translation>
    </message>
    <message>
        <source>Export To</source>
        <translation>تصدير إلى</translation>
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
        <translation>ألوان التظليل المضمّنة</translation>
    </message>
    <message>
        <source>No tags yet</source>
        <translation>لا وسوم بعد</translation>
    </message>
    <message>
        <source>Only annotations with these tags</source>
        <translation>التعليقات بهذه الوسوم فقط</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>ال&amp;صيغة:</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;حفظ باسم:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>ال&amp;ورق:</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>الأ&amp;لوان:</translation>
    </message>
    <message>
        <source>Only &amp;tags:</source>
        <translation>ال&amp;وسوم فقط:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;تصدير</translation>
    </message>
</context>
<context>
    <name>Gloss::Exporter</name>
    <message>
        <source>Making a PDF needs Qt WebEngine, which is not available here.</source>
        <translation>يتطلب إنشاء ملف PDF وجود Qt WebEngine، وهو غير متاح هنا.</translation>
    </message>
    <message>
        <source>Making the annotated PDF…</source>
        <translation>جارٍ إنشاء ملف PDF المعلَّق…</translation>
    </message>
    <message>
        <source>Cannot prepare the page to print.</source>
        <translation>يتعذّر تجهيز الصفحة للطباعة.</translation>
    </message>
    <message>
        <source>Gloss user</source>
        <translation>مستخدم Gloss</translation>
    </message>
</context>
<context>
    <name>Gloss::HighlightPalette</name>
    <message>
        <source>Claim</source>
        <translation>ادعاء</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>دليل</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>اقتباس</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>سؤال</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>للمتابعة</translation>
    </message>
</context>
<context>
    <name>Gloss::HtmlExporter</name>
    <message>
        <source>Annotated %1</source>
        <translation>عُلِّق عليه في %1</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>On %1</source>
        <translation>عن %1</translation>
    </message>
    <message>
        <source>On the whole article</source>
        <translation>عن المقالة كلها</translation>
    </message>
    <message>
        <source>People, organisations and places</source>
        <translation>الأشخاص والمنظمات والأماكن</translation>
    </message>
    <message>
        <source>Unattributed</source>
        <translation>غير منسوب</translation>
    </message>
    <message>
        <source>Quotes by speaker</source>
        <translation>الاقتباسات حسب المتحدث</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>التواريخ</translation>
    </message>
</context>
<context>
    <name>Gloss::Importer</name>
    <message>
        <source>pasted text</source>
        <translation>نص ملصق</translation>
    </message>
    <message>
        <source>Importing articles…</source>
        <translation>جارٍ استيراد المقالات…</translation>
    </message>
</context>
<context>
    <name>Gloss::JsonFile</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>الملف %1 غير موجود.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>المسار %1 مجلد وليس ملفًا.</translation>
    </message>
    <message>
        <source>%1 is too large (%2 MB; the limit is %3 MB).</source>
        <translation>الملف %1 كبير جدًا (%2 ميغابايت، والحد الأقصى %3 ميغابايت).</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>تعذّرت قراءة %1: %2</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>الملف %1 فارغ.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2 at byte %3).</source>
        <translation>الملف %1 ليس بصيغة JSON صالحة (%2 عند البايت %3).</translation>
    </message>
    <message>
        <source>%1 does not hold a JSON object.</source>
        <translation>الملف %1 لا يحتوي على كائن JSON.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>تعذّرت الكتابة إلى %1: %2</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation>فشلت كتابة %1: %2</translation>
    </message>
    <message>
        <source>Saving %1 failed: %2</source>
        <translation>فشل حفظ %1: %2</translation>
    </message>
</context>
<context>
    <name>Gloss::Library</name>
    <message>
        <source>Delete “%1”</source>
        <translation>حذف «%1»</translation>
    </message>
</context>
<context>
    <name>Gloss::LibraryDock</name>
    <message>
        <source>Library</source>
        <translation>المكتبة</translation>
    </message>
    <message>
        <source>Search titles, sites, authors, tags and text</source>
        <translation>البحث في العناوين والمواقع والمؤلفين والوسوم والنصوص</translation>
    </message>
    <message>
        <source>Search the library</source>
        <translation>البحث في المكتبة</translation>
    </message>
    <message>
        <source>Articles in the library</source>
        <translation>المقالات في المكتبة</translation>
    </message>
    <message>
        <source>Move to &amp;Trash</source>
        <translation>ن&amp;قل إلى سلة المهملات</translation>
    </message>
    <message>
        <source>&amp;Empty Trash…</source>
        <translation>&amp;إفراغ سلة المهملات…</translation>
    </message>
    <message>
        <source>Empty Trash</source>
        <translation>إفراغ سلة المهملات</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>سلة المهملات فارغة.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n article(s) in the trash for good, with their highlights and notes? This cannot be undone.</source>
        <translation>
            <numerusform>أتريد حذف %n مقالة من سلة المهملات نهائيًا مع تظليلاتها وملاحظاتها؟ لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>أتريد حذف المقالة الموجودة في سلة المهملات نهائيًا مع تظليلاتها وملاحظاتها؟ لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>أتريد حذف المقالتين الموجودتين في سلة المهملات نهائيًا مع تظليلاتهما وملاحظاتهما؟ لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>أتريد حذف %n مقالات من سلة المهملات نهائيًا مع تظليلاتها وملاحظاتها؟ لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>أتريد حذف %n مقالة من سلة المهملات نهائيًا مع تظليلاتها وملاحظاتها؟ لا يمكن التراجع عن ذلك.</numerusform>
            <numerusform>أتريد حذف %n مقالة من سلة المهملات نهائيًا مع تظليلاتها وملاحظاتها؟ لا يمكن التراجع عن ذلك.</numerusform>
        </translation>
    </message>
    <message>
        <source>Articles whose text matches the search</source>
        <translation>المقالات التي يطابق نصها البحث</translation>
    </message>
    <message>
        <source>Indexing the library for full-text search…</source>
        <translation>جارٍ فهرسة المكتبة للبحث في النص الكامل…</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) contain “%1”</source>
        <translation>
            <numerusform>لا توجد مقالات تحتوي على «%1»</numerusform>
            <numerusform>مقالة واحدة تحتوي على «%1»</numerusform>
            <numerusform>مقالتان تحتويان على «%1»</numerusform>
            <numerusform>%n مقالات تحتوي على «%1»</numerusform>
            <numerusform>%n مقالة تحتوي على «%1»</numerusform>
            <numerusform>%n مقالة تحتوي على «%1»</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gloss::LibraryModel</name>
    <message>
        <source>(untitled)</source>
        <translation>(بلا عنوان)</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1٪</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>الموقع</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>تاريخ النشر</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>المؤلفون</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>التظليلات</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>المقروء</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>تاريخ الإضافة</translation>
    </message>
</context>
<context>
    <name>Gloss::LibraryStore</name>
    <message>
        <source>The library location %1 is a file, not a folder.</source>
        <translation>موقع المكتبة %1 ملف وليس مجلدًا.</translation>
    </message>
    <message>
        <source>Cannot create the library folder %1.</source>
        <translation>تعذّر إنشاء مجلد المكتبة %1.</translation>
    </message>
    <message>
        <source>Cannot create the article folder %1.</source>
        <translation>تعذّر إنشاء مجلد المقالة %1.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>تعذّر إنشاء المجلد %1.</translation>
    </message>
    <message>
        <source>The original source of this article is not in the library.</source>
        <translation>المصدر الأصلي لهذه المقالة غير موجود في المكتبة.</translation>
    </message>
    <message>
        <source>The annotations of this article could not be read, so Gloss does not save over them. Repair or move %1 and reopen the article.</source>
        <translation>تعذّرت قراءة تعليقات هذه المقالة، لذا لن يحفظ Gloss فوقها. أصلِح %1 أو انقله، ثم أعد فتح المقالة.</translation>
    </message>
    <message>
        <source>Cannot create the trash folder %1.</source>
        <translation>تعذّر إنشاء مجلد سلة المهملات %1.</translation>
    </message>
    <message>
        <source>Cannot move %1 to the trash.</source>
        <translation>تعذّر نقل %1 إلى سلة المهملات.</translation>
    </message>
    <message>
        <source>An article with the same id is already in the library.</source>
        <translation>توجد في المكتبة مقالة بالمعرّف نفسه.</translation>
    </message>
    <message>
        <source>Cannot restore %1 from the trash.</source>
        <translation>تعذّرت استعادة %1 من سلة المهملات.</translation>
    </message>
    <message>
        <source>Cannot empty the trash folder %1.</source>
        <translation>تعذّر إفراغ مجلد سلة المهملات %1.</translation>
    </message>
    <message>
        <source>The annotations of this article could not be read, so Gloss does not change the article under them. Repair or move %1 first.</source>
        <translation>تعذّرت قراءة تعليقات هذه المقالة، لذا لا يغيّر Gloss المقالة التي تستند إليها. أصلح %1 أو انقله أولًا.</translation>
    </message>
    <message>
        <source>Cannot update the article in %1.</source>
        <translation>تعذّر تحديث المقالة في %1.</translation>
    </message>
    <message>
        <source>Cannot finish updating the article in %1.</source>
        <translation>تعذّر إكمال تحديث المقالة في %1.</translation>
    </message>
    <message>
        <source>The entity corrections of this article could not be read, so Gloss does not save over them. Repair or move %1 and reopen the article.</source>
        <translation>تعذّرت قراءة تصحيحات الكيانات لهذه المقالة، لذا لن يكتب Gloss فوقها. أصلح الملف %1 أو انقله ثم أعد فتح المقالة.</translation>
    </message>
    <message>
        <source>Cannot rename %1.</source>
        <translation>تعذّرت إعادة تسمية %1.</translation>
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
        <translation>المكتبة</translation>
    </message>
    <message>
        <source>%1 — Gloss</source>
        <translation>%1 — Gloss</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>تم الحفظ</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>لم يُحفظ</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>تعذّر الحفظ</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;فتح…</translation>
    </message>
    <message>
        <source>&amp;Re-clean Article</source>
        <translation>إعادة &amp;تنظيف المقالة</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Clean the article's original source again; highlights are re-anchored</source>
        <translation>تنظيف المصدر الأصلي للمقالة من جديد، مع إعادة ربط التظليلات بالنص</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;تراجع</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>إ&amp;عادة</translation>
    </message>
    <message>
        <source>&amp;About Gloss</source>
        <translation>&amp;عن Gloss</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;تحرير</translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation>تع&amp;ليق</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>ال&amp;مصدر</translation>
    </message>
    <message>
        <source>Ctrl+U</source>
        <translation>Ctrl+U</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>المك&amp;تبة</translation>
    </message>
    <message>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <source>&amp;Entities</source>
        <translation>ال&amp;كيانات</translation>
    </message>
    <message>
        <source>&amp;Annotations</source>
        <translation>التع&amp;ليقات</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;الإعدادات…</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>م&amp;ساعدة</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>ا&amp;ختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Ctrl+/</source>
        <translation>Ctrl+/</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>عن &amp;Qt</translation>
    </message>
    <message>
        <source>Could not open the article</source>
        <translation>تعذّر فتح المقالة</translation>
    </message>
    <message>
        <source>Could not re-clean the article</source>
        <translation>تعذّرت إعادة تنظيف المقالة</translation>
    </message>
    <message>
        <source>Highlights: %1 in place, %2 moved with their text, %3 matched approximately, %4 need review</source>
        <translation>التظليلات: %1 في مكانها، و%2 انتقلت مع نصها، و%3 مطابقة تقريبيًا، و%4 بحاجة إلى مراجعة</translation>
    </message>
    <message>
        <source>Highlights need review</source>
        <translation>تظليلات بحاجة إلى مراجعة</translation>
    </message>
    <message numerus="yes">
        <source>The article's text changed and Gloss is not sure where %n highlight(s) belong. They are listed under “Needs review”: select the right words and choose Annotate → Re-attach to Selection, or keep them detached.</source>
        <translation>
            <numerusform>تغيّر نص المقالة ولم يعد Gloss متأكدًا من موضع %n تظليل. وهي مدرجة تحت «بحاجة إلى مراجعة»: حدّد الكلمات الصحيحة واختر «تعليق ← إعادة الربط بالتحديد»، أو أبقِها دون ربط.</numerusform>
            <numerusform>تغيّر نص المقالة ولم يعد Gloss متأكدًا من موضع تظليل واحد. وهو مدرج تحت «بحاجة إلى مراجعة»: حدّد الكلمات الصحيحة واختر «تعليق ← إعادة الربط بالتحديد»، أو أبقِه دون ربط.</numerusform>
            <numerusform>تغيّر نص المقالة ولم يعد Gloss متأكدًا من موضع تظليلين. وهما مدرجان تحت «بحاجة إلى مراجعة»: حدّد الكلمات الصحيحة واختر «تعليق ← إعادة الربط بالتحديد»، أو أبقِهما دون ربط.</numerusform>
            <numerusform>تغيّر نص المقالة ولم يعد Gloss متأكدًا من موضع %n تظليلات. وهي مدرجة تحت «بحاجة إلى مراجعة»: حدّد الكلمات الصحيحة واختر «تعليق ← إعادة الربط بالتحديد»، أو أبقِها دون ربط.</numerusform>
            <numerusform>تغيّر نص المقالة ولم يعد Gloss متأكدًا من موضع %n تظليلًا. وهي مدرجة تحت «بحاجة إلى مراجعة»: حدّد الكلمات الصحيحة واختر «تعليق ← إعادة الربط بالتحديد»، أو أبقِها دون ربط.</numerusform>
            <numerusform>تغيّر نص المقالة ولم يعد Gloss متأكدًا من موضع %n تظليل. وهي مدرجة تحت «بحاجة إلى مراجعة»: حدّد الكلمات الصحيحة واختر «تعليق ← إعادة الربط بالتحديد»، أو أبقِها دون ربط.</numerusform>
        </translation>
    </message>
    <message>
        <source>Articles (*.html *.htm *.txt *.md);;All files (*)</source>
        <translation>مقالات (*.html *.htm *.txt *.md);;كل الملفات (*)</translation>
    </message>
    <message>
        <source>About Gloss</source>
        <translation>عن Gloss</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Gloss %1&lt;/h3&gt;&lt;p&gt;A reader and annotator for news articles.&lt;/p&gt;&lt;p&gt;Copyright © 2026 the Gloss developers. Gloss is free software under the GNU General Public License, version 3 or later.&lt;/p&gt;&lt;p&gt;It is built with:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Qt %2, including Qt WebEngine (Chromium) and Qt WebChannel — LGPL-3.0&lt;/li&gt;&lt;li&gt;KDE Syntax Highlighting — MIT; some syntax definitions GPL&lt;/li&gt;&lt;li&gt;gumbo, the HTML5 parser — Apache-2.0&lt;/li&gt;&lt;li&gt;poppler — GPL-2.0-or-later&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;The name tagger was trained on CoNLL-2003 (Reuters) and on the GUM corpus (CC-BY); the place lists come from Debian's iso-codes and tzdata. The sample article is © Deutsche Welle.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Gloss %1&lt;/h3&gt;&lt;p&gt;قارئ للمقالات الإخبارية وأداة للتعليق عليها.&lt;/p&gt;&lt;p&gt;حقوق النشر © 2026 لمطوري Gloss. إن Gloss برنامج حر مرخّص بموجب رخصة جنو العمومية (GNU General Public License)، الإصدار 3 أو أي إصدار لاحق.&lt;/p&gt;&lt;p&gt;بُني باستخدام:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;إطار Qt %2، بما في ذلك Qt WebEngine (Chromium) وQt WebChannel — LGPL-3.0&lt;/li&gt;&lt;li&gt;مكتبة KDE Syntax Highlighting — MIT؛ وبعض تعريفات الصياغة بموجب GPL&lt;/li&gt;&lt;li&gt;محلل HTML5 المسمّى gumbo — Apache-2.0&lt;/li&gt;&lt;li&gt;مكتبة poppler — GPL-2.0-or-later&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;دُرِّب واسم الأسماء على CoNLL-2003 (Reuters) وعلى مدوّنة GUM (CC-BY)؛ وقوائم الأماكن مأخوذة من حزمتي iso-codes وtzdata في Debian. المقالة النموذجية © Deutsche Welle.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open Articles</source>
        <translation>فتح مقالات</translation>
    </message>
    <message>
        <source>Opened read-only</source>
        <translation>فُتح للقراءة فقط</translation>
    </message>
    <message>
        <source>%1

Gloss shows what it understands of this article and will not change it.</source>
        <translation>%1

يعرض Gloss ما يفهمه من هذه المقالة ولن يغيّرها.</translation>
    </message>
    <message>
        <source>Could not put the text back</source>
        <translation>تعذّرت إعادة النص</translation>
    </message>
    <message>
        <source>Show &amp;Removed Text</source>
        <translation>إظهار النص الم&amp;حذوف</translation>
    </message>
    <message>
        <source>Ctrl+Shift+T</source>
        <translation>Ctrl+Shift+T</translation>
    </message>
    <message>
        <source>Show the text the cleaner left out, with the reason, to put any of it back</source>
        <translation>إظهار النص الذي أسقطه التنظيف مع السبب، لإعادة أي جزء منه</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>شريط الأدوات الرئيسي</translation>
    </message>
    <message>
        <source>&amp;Toolbar</source>
        <translation>&amp;شريط الأدوات</translation>
    </message>
    <message>
        <source>Reading the library… %1 of %2 articles</source>
        <translation>جارٍ قراءة المكتبة… %1 من %2 مقالة</translation>
    </message>
    <message>
        <source>Load &amp;Images</source>
        <translation>تحميل ال&amp;صور</translation>
    </message>
    <message>
        <source>Show the article's pictures, fetched from the web; off, reading makes no network request</source>
        <translation>يعرض صور المقال بعد جلبها من الويب؛ وعند إيقافه لا تُجري القراءة أي طلب عبر الشبكة</translation>
    </message>
</context>
<context>
    <name>Gloss::MarkdownExporter</name>
    <message>
        <source>in the article</source>
        <translation>في المقالة</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>الملاحظات</translation>
    </message>
</context>
<context>
    <name>Gloss::MeaningsDialog</name>
    <message>
        <source>Colour Meanings</source>
        <translation>معاني الألوان</translation>
    </message>
    <message>
        <source>What does each highlight colour mean to you?</source>
        <translation>ماذا يعني لك كل لون من ألوان التظليل؟</translation>
    </message>
    <message>
        <source>Meaning of colour %1</source>
        <translation>معنى اللون %1</translation>
    </message>
</context>
<context>
    <name>Gloss::NerModel</name>
    <message>
        <source>The named-entity model %1 is damaged or not a Gloss model (%2). Reinstall Gloss or retrain the model with scripts/train-ner.</source>
        <translation>نموذج الكيانات المسماة %1 تالف أو ليس نموذجًا من Gloss (%2). أعد تثبيت Gloss أو أعد تدريب النموذج باستخدام scripts/train-ner.</translation>
    </message>
    <message>
        <source>The named-entity model %1 does not exist. Train it with scripts/train-ner.</source>
        <translation>نموذج الكيانات المسماة %1 غير موجود. درّبه باستخدام scripts/train-ner.</translation>
    </message>
    <message numerus="yes">
        <source>%n bytes, shorter than the header</source>
        <translation>
            <numerusform>%n بايت، وهذا أقصر من الترويسة</numerusform>
            <numerusform>بايت واحد، وهذا أقصر من الترويسة</numerusform>
            <numerusform>بايتان، وهذا أقصر من الترويسة</numerusform>
            <numerusform>%n بايتات، وهذا أقصر من الترويسة</numerusform>
            <numerusform>%n بايتًا، وهذا أقصر من الترويسة</numerusform>
            <numerusform>%n بايت، وهذا أقصر من الترويسة</numerusform>
        </translation>
    </message>
    <message>
        <source>wrong magic number</source>
        <translation>الرقم السحري خاطئ</translation>
    </message>
    <message>
        <source>The named-entity model %1 has format version %2; this Gloss reads version %3. Retrain it with scripts/train-ner.</source>
        <translation>نموذج الكيانات المسماة %1 بإصدار التنسيق %2، وهذا الإصدار من Gloss يقرأ الإصدار %3. أعد تدريبه باستخدام scripts/train-ner.</translation>
    </message>
    <message>
        <source>unexpected label count</source>
        <translation>عدد التسميات غير متوقع</translation>
    </message>
    <message>
        <source>%1 bytes of payload, the header says %2</source>
        <translation>%1 بايت من البيانات، والترويسة تذكر %2</translation>
    </message>
    <message>
        <source>checksum mismatch</source>
        <translation>المجموع الاختباري غير مطابق</translation>
    </message>
    <message>
        <source>bad gazetteer header</source>
        <translation>ترويسة قائمة الأسماء غير صالحة</translation>
    </message>
    <message>
        <source>truncated gazetteer</source>
        <translation>قائمة الأسماء مبتورة</translation>
    </message>
    <message>
        <source>the weight table does not fit the file</source>
        <translation>جدول الأوزان لا يتوافق مع الملف</translation>
    </message>
    <message>
        <source>bad weight scale</source>
        <translation>مقياس الأوزان غير صالح</translation>
    </message>
    <message>
        <source>truncated weight table</source>
        <translation>جدول الأوزان مبتور</translation>
    </message>
    <message>
        <source>feature keys out of order</source>
        <translation>مفاتيح الخصائص ليست بالترتيب الصحيح</translation>
    </message>
</context>
<context>
    <name>Gloss::NerTagger</name>
    <message>
        <source>The named-entity model %1 was not found. Looked in:
%2
Set GLOSS_MODEL_DIR to its folder, or train it with scripts/train-ner.</source>
        <translation>لم يُعثر على نموذج الكيانات المسماة %1. أماكن البحث:
%2
اضبط GLOSS_MODEL_DIR على مجلده، أو درّبه باستخدام scripts/train-ner.</translation>
    </message>
</context>
<context>
    <name>Gloss::NoteDialog</name>
    <message>
        <source>Note</source>
        <translation>ملاحظة</translation>
    </message>
    <message>
        <source>Annotated text</source>
        <translation>النص المعلَّق عليه</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. source, check</source>
        <translation>مفصولة بفواصل (,)، مثل: مصدر, تحقق</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>الوسوم</translation>
    </message>
    <message>
        <source>Highlight colour</source>
        <translation>لون التظليل</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>ال&amp;وسوم:</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>ال&amp;لون:</translation>
    </message>
</context>
<context>
    <name>Gloss::NoteEditor</name>
    <message>
        <source>Note (Markdown)</source>
        <translation>ملاحظة (Markdown)</translation>
    </message>
    <message>
        <source>Write a note in Markdown…</source>
        <translation>اكتب ملاحظة بصيغة Markdown…</translation>
    </message>
    <message>
        <source>Note preview</source>
        <translation>معاينة الملاحظة</translation>
    </message>
</context>
<context>
    <name>Gloss::PdfAnnotator</name>
    <message>
        <source>%1 is not a readable PDF.</source>
        <translation>الملف %1 ليس ملف PDF قابلًا للقراءة.</translation>
    </message>
    <message>
        <source>Cannot write into %1: %2</source>
        <translation>تتعذّر الكتابة في %1: %2</translation>
    </message>
    <message>
        <source>Could not write the annotated PDF %1.</source>
        <translation>تعذّرت كتابة ملف PDF المعلَّق %1.</translation>
    </message>
    <message>
        <source>Cannot save %1.</source>
        <translation>يتعذّر حفظ %1.</translation>
    </message>
</context>
<context>
    <name>Gloss::PdfPrinter</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>أُلغي التصدير.</translation>
    </message>
    <message>
        <source>The page to print could not be laid out.</source>
        <translation>تعذّر تنسيق الصفحة المراد طباعتها.</translation>
    </message>
    <message>
        <source>Printing the article failed.</source>
        <translation>فشلت طباعة المقالة.</translation>
    </message>
</context>
<context>
    <name>Gloss::ReaderBridge</name>
    <message>
        <source>Put back into the article</source>
        <translation>إعادته إلى المقالة</translation>
    </message>
</context>
<context>
    <name>Gloss::ReaderView</name>
    <message>
        <source>Article</source>
        <translation>المقالة</translation>
    </message>
</context>
<context>
    <name>Gloss::RemovalReason</name>
    <message>
        <source>Navigation</source>
        <translation>التنقل</translation>
    </message>
    <message>
        <source>Short link</source>
        <translation>رابط مختصر</translation>
    </message>
    <message>
        <source>Agency sign-off</source>
        <translation>توقيع الوكالة</translation>
    </message>
    <message>
        <source>Page header</source>
        <translation>رأس الصفحة</translation>
    </message>
    <message>
        <source>Page footer</source>
        <translation>تذييل الصفحة</translation>
    </message>
    <message>
        <source>Aside</source>
        <translation>نص جانبي</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>نموذج</translation>
    </message>
    <message>
        <source>Outside the article</source>
        <translation>خارج المقالة</translation>
    </message>
    <message>
        <source>Share buttons</source>
        <translation>أزرار المشاركة</translation>
    </message>
    <message>
        <source>Advertisement</source>
        <translation>إعلان</translation>
    </message>
    <message>
        <source>Related links</source>
        <translation>روابط ذات صلة</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>تعليقات</translation>
    </message>
    <message>
        <source>Cookie notice</source>
        <translation>إشعار ملفات تعريف الارتباط</translation>
    </message>
    <message>
        <source>Newsletter box</source>
        <translation>صندوق النشرة البريدية</translation>
    </message>
    <message>
        <source>Author biography</source>
        <translation>نبذة عن الكاتب</translation>
    </message>
    <message>
        <source>“Read more” teaser</source>
        <translation>تمهيد «اقرأ المزيد»</translation>
    </message>
    <message>
        <source>Repeated pull quote</source>
        <translation>اقتباس بارز مكرر</translation>
    </message>
    <message>
        <source>Boilerplate</source>
        <translation>نص متكرر</translation>
    </message>
    <message>
        <source>Image credit</source>
        <translation>حقوق الصورة</translation>
    </message>
    <message>
        <source>Other stories</source>
        <translation>مقالات أخرى</translation>
    </message>
    <message>
        <source>Repeated widget</source>
        <translation>عنصر متكرر</translation>
    </message>
    <message>
        <source>Shortcode remnant</source>
        <translation>بقايا رمز مختصر</translation>
    </message>
    <message>
        <source>Page address</source>
        <translation>عنوان الصفحة</translation>
    </message>
    <message>
        <source>Subscription prompt</source>
        <translation>دعوة إلى الاشتراك</translation>
    </message>
    <message>
        <source>Tag list</source>
        <translation>قائمة الوسوم</translation>
    </message>
    <message>
        <source>Copyright notice</source>
        <translation>إشعار حقوق النشر</translation>
    </message>
    <message>
        <source>Contact details</source>
        <translation>بيانات الاتصال</translation>
    </message>
    <message>
        <source>Citation note</source>
        <translation>ملاحظة الاستشهاد</translation>
    </message>
    <message>
        <source>About the publisher</source>
        <translation>عن الناشر</translation>
    </message>
    <message>
        <source>Publisher's note</source>
        <translation>ملاحظة الناشر</translation>
    </message>
    <message>
        <source>Repeated title</source>
        <translation>عنوان مكرر</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>سطر الكاتب</translation>
    </message>
    <message>
        <source>Date line</source>
        <translation>سطر التاريخ</translation>
    </message>
    <message>
        <source>Hidden text</source>
        <translation>نص مخفي</translation>
    </message>
    <message>
        <source>Dialog</source>
        <translation>مربع حوار</translation>
    </message>
</context>
<context>
    <name>Gloss::SearchResultModel</name>
    <message>
        <source>Found in a highlight or note</source>
        <translation>وُجد في تظليل أو ملاحظة</translation>
    </message>
    <message>
        <source>Found in the article text</source>
        <translation>وُجد في نص المقالة</translation>
    </message>
</context>
<context>
    <name>Gloss::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>لغة النظام</translation>
    </message>
    <message>
        <source>A new language applies when Gloss starts next.</source>
        <translation>تُطبَّق اللغة الجديدة عند تشغيل Gloss في المرة القادمة.</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>اتباع النظام</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>فاتح</translation>
    </message>
    <message>
        <source>Sepia</source>
        <translation>سيبيا</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>داكن</translation>
    </message>
    <message>
        <source>Reader default (serif)</source>
        <translation>الخط الافتراضي للقارئ (مذيَّل)</translation>
    </message>
    <message>
        <source> px</source>
        <translation> بكسل</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> حرفًا</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>ال&amp;لغة:</translation>
    </message>
    <message>
        <source>Reader &amp;theme:</source>
        <translation>&amp;سمة القراءة:</translation>
    </message>
    <message>
        <source>&amp;Font:</source>
        <translation>ال&amp;خط:</translation>
    </message>
    <message>
        <source>Font &amp;size:</source>
        <translation>&amp;حجم الخط:</translation>
    </message>
    <message>
        <source>Line &amp;width:</source>
        <translation>&amp;عرض السطر:</translation>
    </message>
    <message>
        <source>Load &amp;images from the web</source>
        <translation>تحميل ال&amp;صور من الويب</translation>
    </message>
    <message>
        <source>Off, figures show their descriptions and Gloss makes no network request while you read. On, only the pictures are fetched, without cookies or the address of what you read.</source>
        <translation>عند الإيقاف تعرض الأشكال أوصافها ولا يُجري Gloss أي طلب عبر الشبكة أثناء القراءة. وعند التشغيل تُجلب الصور وحدها، دون ملفات تعريف الارتباط ودون عنوان ما تقرؤه.</translation>
    </message>
    <message>
        <source>Pictures:</source>
        <translation>الصور:</translation>
    </message>
    <message>
        <source>The author of the notes in exported PDFs</source>
        <translation>كاتب الملاحظات في ملفات PDF المصدَّرة</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>ا&amp;سمك:</translation>
    </message>
</context>
<context>
    <name>Gloss::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>الأمر</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>الاختصار</translation>
    </message>
    <message>
        <source>Commands and their keyboard shortcuts</source>
        <translation>الأوامر واختصارات لوحة المفاتيح الخاصة بها</translation>
    </message>
</context>
<context>
    <name>Gloss::SourceView</name>
    <message>
        <source>Source</source>
        <translation>المصدر</translation>
    </message>
    <message>
        <source>Original source</source>
        <translation>المصدر الأصلي</translation>
    </message>
    <message>
        <source>Stored article</source>
        <translation>المقالة المحفوظة</translation>
    </message>
    <message>
        <source>Stored annotations</source>
        <translation>التعليقات المحفوظة</translation>
    </message>
</context>
<context>
    <name>Gloss::Startup</name>
    <message>
        <source>The sample article is missing.</source>
        <translation>المقالة النموذجية مفقودة.</translation>
    </message>
</context>
<context>
    <name>Gloss::UrlFetcher</name>
    <message>
        <source>“%1” is not a web address (http or https).</source>
        <translation>النص «%1» ليس عنوان ويب (http أو https).</translation>
    </message>
    <message>
        <source>The download was cancelled.</source>
        <translation>أُلغي التنزيل.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB, the most Gloss downloads.</source>
        <translation>حجم %1 أكبر من %2 ميغابايت، وهو الحد الأقصى الذي ينزّله Gloss.</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 seconds.</source>
        <translation>لم يستجب %1 خلال %2 ثانية.</translation>
    </message>
    <message>
        <source>The server %1 was not found. Check the address and your connection.</source>
        <translation>لم يُعثر على الخادم %1. تحقق من العنوان ومن اتصالك.</translation>
    </message>
    <message>
        <source>%1 answered with error %2 (%3).</source>
        <translation>ردّ %1 بالخطأ %2 (%3).</translation>
    </message>
    <message>
        <source>Could not download %1: %2</source>
        <translation>تعذّر تنزيل %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a web page or text (it is %2).</source>
        <translation>المورد %1 ليس صفحة ويب ولا نصًا (نوعه %2).</translation>
    </message>
</context>
<context>
    <name>Gloss::WebAnnotation</name>
    <message>
        <source>Annotation %1 has no target.</source>
        <translation>التعليق %1 ليس له هدف.</translation>
    </message>
    <message>
        <source>Annotation %1 has neither a quote nor a note.</source>
        <translation>التعليق %1 لا يحتوي على اقتباس ولا على ملاحظة.</translation>
    </message>
    <message>
        <source>The annotations are not valid JSON (%1 at byte %2).</source>
        <translation>التعليقات ليست بصيغة JSON صالحة (%1 عند البايت %2).</translation>
    </message>
    <message>
        <source>The annotation collection has no embedded first page; Gloss cannot fetch pages from the web.</source>
        <translation>مجموعة التعليقات لا تتضمن صفحة أولى مضمّنة، ولا يستطيع Gloss جلب الصفحات من الويب.</translation>
    </message>
    <message>
        <source>This is neither a W3C Web Annotation document nor a Hypothesis export.</source>
        <translation>هذا ليس مستند W3C Web Annotation ولا ملفًا مصدَّرًا من Hypothesis.</translation>
    </message>
    <message>
        <source>The file holds %1 annotations; Gloss imports at most %2 at once.</source>
        <translation>عدد التعليقات في الملف %1، ولا يستورد Gloss أكثر من %2 دفعة واحدة.</translation>
    </message>
    <message>
        <source>Item %1 is not an annotation.</source>
        <translation>العنصر %1 ليس تعليقًا.</translation>
    </message>
    <message>
        <source>Item %1 is not of type Annotation.</source>
        <translation>العنصر %1 ليس من النوع Annotation.</translation>
    </message>
    <message>
        <source>Item %1: %2</source>
        <translation>العنصر %1: %2</translation>
    </message>
</context>
<context>
    <name>Gloss::Workspace</name>
    <message>
        <source>The annotations of this article could not be read, so Gloss does not change the article under them.</source>
        <translation>تعذّرت قراءة تعليقات هذه المقالة، لذا لا يغيّر Gloss المقالة التي تستند إليها.</translation>
    </message>
    <message>
        <source>There is no such removed text.</source>
        <translation>لا يوجد هذا النص المحذوف.</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <translation>RTL</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Read, annotate and export news articles.</source>
        <translation>قراءة المقالات الإخبارية والتعليق عليها وتصديرها.</translation>
    </message>
    <message>
        <source>Use the library in &lt;folder&gt;.</source>
        <translation>استخدام المكتبة الموجودة في &lt;مجلد&gt;.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>مجلد</translation>
    </message>
    <message>
        <source>Use the interface language &lt;code&gt; (en, de, fr, ar).</source>
        <translation>استخدام لغة الواجهة &lt;رمز&gt; (en أو de أو fr أو ar).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>رمز</translation>
    </message>
    <message>
        <source>Save a picture of the window to &lt;file&gt; and quit.</source>
        <translation>حفظ صورة للنافذة في &lt;ملف&gt; ثم الخروج.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>ملف</translation>
    </message>
    <message>
        <source>Articles to open: HTML or text files, or web addresses.</source>
        <translation>المقالات المراد فتحها: ملفات HTML أو ملفات نصية أو عناوين ويب.</translation>
    </message>
    <message>
        <source>Gloss</source>
        <translation>Gloss</translation>
    </message>
    <message>
        <source>The library %1 is in use by another program (process %2 on %3) that does not answer. Close it, or start Gloss with --library and another folder.</source>
        <translation>المكتبة %1 مستخدمة من برنامج آخر (العملية %2 على %3) لا يستجيب. أغلقه، أو شغّل Gloss مع الخيار --library ومجلد آخر.</translation>
    </message>
</context>
</TS>
