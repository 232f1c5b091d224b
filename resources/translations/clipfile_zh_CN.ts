<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../gui/messages.py" line="20"/>
        <source>There is no archive at %1.</source>
        <translation>%1 处没有档案库。</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="22"/>
        <source>%1 is not a Clipfile archive. The file was left as it is.</source>
        <translation>%1 不是剪报档案库文件。该文件未作任何改动。</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="25"/>
        <source>%1 is empty, so it is not a Clipfile archive. The file was left as it is.</source>
        <translation>%1 是空文件，不是剪报档案库。该文件未作任何改动。</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="28"/>
        <source>%1 is read-only and needs an upgrade before this version of Clipfile can open it. Make the file writable and try again.</source>
        <translation>%1 是只读文件，且需要升级后才能由此版本的剪报档案打开。请将文件设为可写后重试。</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="31"/>
        <source>That record is no longer in the archive.</source>
        <translation>该记录已不在档案库中。</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="32"/>
        <source>There is nothing to undo.</source>
        <translation>没有可撤销的操作。</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="34"/>
        <source>The archive is being backed up before an edit; try again when the backup is done.</source>
        <translation>正在为一项编辑先备份档案；备份完成后再试。</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="41"/>
        <source>%1 was written by a newer version of Clipfile (archive format %2; this version reads up to %3). Update Clipfile to open it. The file was left as it is.</source>
        <translation>%1 由更新版本的剪报档案写入（档案格式 %2；本版本最高支持 %3）。请升级剪报档案后再打开。该文件未作任何改动。</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="56"/>
        <source>This archive is open read-only; changes cannot be saved.</source>
        <translation>此档案库以只读方式打开，无法保存修改。</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="60"/>
        <source>Clipfile could not use %1: %2</source>
        <translation>剪报档案无法使用 %1：%2</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="82"/>
        <source>The picture&apos;s file is missing from the archive&apos;s media folder.</source>
        <translation>档案的媒体文件夹里没有这张图片的文件。</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="83"/>
        <source>The picture is too large to show.</source>
        <translation>图片太大，无法显示。</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="85"/>
        <source>This is not a picture Clipfile can read (JPEG, PNG, GIF, TIFF, WebP or BMP).</source>
        <translation>这不是剪报档案能读取的图片（JPEG、PNG、GIF、TIFF、WebP 或 BMP）。</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="88"/>
        <source>The picture is damaged (cut short or corrupt).</source>
        <translation>图片已损坏（文件不完整或已损坏）。</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="72"/>
        <source>%1 was not attached: %2</source>
        <translation>未添加 %1：%2</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="133"/>
        <source>This file was imported before.</source>
        <translation>此文件以前已导入。</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="134"/>
        <source>Same text as %1, imported before.</source>
        <translation>与以前导入的 %1 内容相同。</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="135"/>
        <source>The file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="136"/>
        <source>Too large for one page (%1 MB). Split it into pages.</source>
        <translation>文件过大（%1 MB），不像一个版面。请拆分成单个版面再导入。</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="137"/>
        <source>Not a text file.</source>
        <translation>不是文本文件。</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="138"/>
        <source>The text is in no encoding Clipfile knows.</source>
        <translation>无法识别文件的文字编码。</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="139"/>
        <source>The file could not be read: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="140"/>
        <source>The file has no Chinese text.</source>
        <translation>文件中没有中文内容。</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="141"/>
        <source>The file is not valid %1.</source>
        <translation>文件不是有效的 %1 格式。</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="143"/>
        <source>%1 bytes could not be decoded; shown as �, kept in the source.</source>
        <translation>有 %1 个字节无法解码，显示为 �，原始文件已完整保存。</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="145"/>
        <source>The archive refused the file: %1</source>
        <translation>档案库拒绝了此文件：%1</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="147"/>
        <source>Not kept: an error in a later file undid the batch this file was written with. Import it again.</source>
        <translation>未能保留：后面一个文件出错，撤销了与本文件一同写入的那一批。请重新导入。</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="150"/>
        <source>Clipfile could not read this page (%1). The file was skipped.</source>
        <translation>剪报档案无法读取此版面（%1），已跳过该文件。</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="152"/>
        <source>This is the archive&apos;s own file (or its journal), not a page.</source>
        <translation>这是档案自身的文件（或其日志文件），不是版面。</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="174"/>
        <source>%1 is not a field; it was searched as text</source>
        <translation>%1 不是可用的字段，已按文字搜索</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="178"/>
        <source>%1 names no tag; it was ignored</source>
        <translation>%1 不是标签名，已忽略</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="180"/>
        <source>There is no saved search %1</source>
        <translation>没有名为 %1 的保存搜索</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="183"/>
        <source>%1 is not a date like 2022 or 2021-06..2022-03; it was searched as text</source>
        <translation>%1 不是 2022 或 2021-06..2022-03 这样的日期，已按文字搜索</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="193"/>
        <source>There is no place called %1; did you mean %2?</source>
        <translation>没有叫 %1 的地方；您是否要找 %2？</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="195"/>
        <source>There is no place called %1 in the gazetteer.</source>
        <translation>地名表中没有叫 %1 的地方。</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="197"/>
        <source>%1 is the name of a county or district in several cities; say which: %2</source>
        <translation>%1 是几个城市都有的县区名；请说明是哪一个：%2</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="199"/>
        <source>%1 is compared already (as %2).</source>
        <translation>%1 已在比较之中（作为 %2）。</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="200"/>
        <source>A comparison has at most 6 places.</source>
        <translation>一次比较最多 6 个地方。</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="201"/>
        <source>Type the name of a city or county.</source>
        <translation>请输入城市或县区的名称。</translation>
    </message>
    <message>
        <location filename="../../gui/browse/reader.py" line="48"/>
        <source>Select an article to read it.</source>
        <translation>选择一篇文章即可阅读。</translation>
    </message>
    <message>
        <location filename="../../gui/browse/reader.py" line="161"/>
        <source>Page %1</source>
        <translation>%1版</translation>
    </message>
    <message>
        <location filename="../../gui/browse/reader.py" line="188"/>
        <source>Summary</source>
        <translation>核心提示</translation>
    </message>
    <message>
        <location filename="../../gui/browse/reader.py" line="203"/>
        <source>Reporter</source>
        <translation>记者</translation>
    </message>
    <message>
        <location filename="../../gui/browse/reader.py" line="204"/>
        <source>Correspondent</source>
        <translation>通讯员</translation>
    </message>
    <message>
        <location filename="../../gui/browse/reader.py" line="205"/>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <location filename="../../gui/browse/reader.py" line="206"/>
        <source>Editor</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../gui/browse/reader.py" line="258"/>
        <source>Photo captions</source>
        <translation>图片说明</translation>
    </message>
    <message>
        <location filename="../../gui/browse/reader.py" line="265"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../gui/browse/reader.py" line="265"/>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location filename="../../gui/undo.py" line="29"/>
        <source>&amp;Undo %1</source>
        <translation>撤销%1(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="28"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="29"/>
        <source>&amp;New Archive…</source>
        <translation>新建档案库(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="32"/>
        <source>&amp;Open Archive…</source>
        <translation>打开档案库(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="35"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="39"/>
        <source>&amp;Import Files…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="43"/>
        <source>Import &amp;Folder…</source>
        <translation>导入文件夹(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="46"/>
        <source>&amp;Back Up Now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="48"/>
        <source>Restore from &amp;Backup…</source>
        <translation>从备份恢复(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="51"/>
        <source>&amp;Preferences…</source>
        <translation>偏好设置(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="55"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="58"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="59"/>
        <location filename="../../gui/undo.py" line="31"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="67"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="77"/>
        <source>&amp;Review Imports…</source>
        <translation>导入审校(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="81"/>
        <source>Rebuild Search &amp;Index</source>
        <translation>重建搜索索引(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="83"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="84"/>
        <source>&amp;About Clipfile</source>
        <translation>关于剪报档案(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../gui/undo.py" line="34"/>
        <source>&amp;Redo %1</source>
        <translation>重做%1(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="61"/>
        <location filename="../../gui/undo.py" line="36"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gui/safe_browser.py" line="63"/>
        <source>Picture not shown: the file cannot be read.</source>
        <translation>图片未显示：无法读取该文件。</translation>
    </message>
    <message>
        <location filename="../../gui/safe_browser.py" line="87"/>
        <source>Open Link</source>
        <translation>打开链接</translation>
    </message>
    <message>
        <location filename="../../gui/safe_browser.py" line="88"/>
        <source>Open this address in your browser?

%1</source>
        <translation>要在浏览器中打开这个地址吗？

%1</translation>
    </message>
    <message>
        <location filename="../../gui/compare/figures_model.py" line="43"/>
        <source>page %1</source>
        <translation>第%1版</translation>
    </message>
    <message>
        <location filename="../../gui/compare/figures_model.py" line="129"/>
        <source>Reported so in %1 sentences.</source>
        <translation>共有 %1 句报道此数。</translation>
    </message>
    <message>
        <location filename="../../gui/compare/figures_model.py" line="137"/>
        <source>Also reported for %1: %2</source>
        <translation>%1年另有报道：%2</translation>
    </message>
    <message>
        <location filename="../../gui/compare/figures_model.py" line="179"/>
        <source>Confirmed by an editor.</source>
        <translation>编辑已确认。</translation>
    </message>
    <message>
        <location filename="../../gui/compare/figures_model.py" line="180"/>
        <source>Corrected by an editor.</source>
        <translation>编辑已更正。</translation>
    </message>
    <message>
        <location filename="../../gui/compare/figures_model.py" line="181"/>
        <source>Rejected by an editor.</source>
        <translation>编辑已否定。</translation>
    </message>
    <message>
        <location filename="../../gui/tags/messages.py" line="17"/>
        <source>A tag needs a name: type one (use / for a tag below another).</source>
        <translation>标签需要名称：请输入一个（用 / 表示下级标签）。</translation>
    </message>
    <message>
        <location filename="../../gui/tags/messages.py" line="19"/>
        <source>A tag name can have at most 100 characters; “%1” is longer. Shorten it, or put the detail in the tag&apos;s description.</source>
        <translation>标签名最多 100 个字符，“%1”超出了。请缩短，或把细节写进标签说明。</translation>
    </message>
    <message>
        <location filename="../../gui/tags/messages.py" line="22"/>
        <source>A tag path can have at most 12 levels.</source>
        <translation>标签路径最多 12 级。</translation>
    </message>
    <message>
        <location filename="../../gui/tags/messages.py" line="23"/>
        <source>There is no tag %1.</source>
        <translation>没有标签 %1。</translation>
    </message>
    <message>
        <location filename="../../gui/tags/messages.py" line="24"/>
        <source>%1 cannot go below itself or below one of its own tags.</source>
        <translation>%1 不能放到它自己或它的下级标签之下。</translation>
    </message>
    <message>
        <location filename="../../gui/tags/messages.py" line="25"/>
        <source>The article&apos;s text does not say “%1”.</source>
        <translation>文章正文中没有“%1”。</translation>
    </message>
    <message>
        <location filename="../../gui/tags/messages.py" line="26"/>
        <location filename="../../gui/tags/messages.py" line="27"/>
        <source>Select some of the article&apos;s text first.</source>
        <translation>请先选中文章正文的一段文字。</translation>
    </message>
    <message>
        <location filename="../../gui/tags/messages.py" line="28"/>
        <source>%1 is not a colour; choose one in the colour dialog.</source>
        <translation>%1 不是颜色，请在颜色对话框中选择。</translation>
    </message>
    <message>
        <location filename="../../gui/tags/messages.py" line="30"/>
        <source>A tag named like %1 has taken its place; rename one of them first.</source>
        <translation>已有与 %1 同名的标签占了它的位置，请先重命名其中一个。</translation>
    </message>
    <message>
        <location filename="../../gui/tags/messages.py" line="32"/>
        <source>Restore the tag above it first.</source>
        <translation>请先恢复它的上级标签。</translation>
    </message>
    <message>
        <location filename="../../gui/tags/messages.py" line="33"/>
        <source>That tag is not in the trash.</source>
        <translation>该标签不在回收站中。</translation>
    </message>
    <message>
        <location filename="../../gui/tags/messages.py" line="34"/>
        <source>This file is not a tag export of Clipfile (%1).</source>
        <translation>这个文件不是 Clipfile 的标签导出文件（%1）。</translation>
    </message>
    <message>
        <location filename="../../gui/compare/figures_dictionary.py" line="67"/>
        <source>An indicator has no name.</source>
        <translation>有一个指标没有名称。</translation>
    </message>
    <message>
        <location filename="../../gui/compare/figures_dictionary.py" line="68"/>
        <source>%1 is listed twice.</source>
        <translation>“%1”列了两次。</translation>
    </message>
    <message>
        <location filename="../../gui/compare/figures_dictionary.py" line="69"/>
        <source>%1: the name %2 is too short (two characters at least).</source>
        <translation>%1：名称“%2”太短（至少两个字）。</translation>
    </message>
    <message>
        <location filename="../../gui/compare/figures_dictionary.py" line="70"/>
        <source>%2 is a name of both %3 and %1.</source>
        <translation>“%2”同时是“%3”和“%1”的名称。</translation>
    </message>
    <message>
        <location filename="../../gui/compare/figures_dictionary.py" line="71"/>
        <source>%1: %2 is not a unit of its family (%3).</source>
        <translation>%1：“%2”不是该类（%3）的单位。</translation>
    </message>
    <message>
        <location filename="../../gui/captions/sidecar_messages.py" line="19"/>
        <source>%list is not text in UTF-8 or GB 18030.</source>
        <translation>%list 不是 UTF-8 或 GB 18030 编码的文本。</translation>
    </message>
    <message>
        <location filename="../../gui/captions/sidecar_messages.py" line="20"/>
        <source>%list is not JSON: %error</source>
        <translation>%list 不是 JSON：%error</translation>
    </message>
    <message>
        <location filename="../../gui/captions/sidecar_messages.py" line="21"/>
        <source>%list should hold a list of entries.</source>
        <translation>%list 应当是一个条目列表。</translation>
    </message>
    <message>
        <location filename="../../gui/captions/sidecar_messages.py" line="22"/>
        <source>%list is empty: it has no header line.</source>
        <translation>%list 是空的：没有标题行。</translation>
    </message>
    <message>
        <location filename="../../gui/captions/sidecar_messages.py" line="23"/>
        <source>the caption already gets a picture on line %line</source>
        <translation>这条图片说明已在第 %line 行指定了图片</translation>
    </message>
    <message>
        <location filename="../../gui/captions/sidecar_messages.py" line="24"/>
        <source>no file named (a “file” column)</source>
        <translation>没有写文件名（“file”列）</translation>
    </message>
    <message>
        <location filename="../../gui/captions/sidecar_messages.py" line="25"/>
        <source>%name is not a file in the folder</source>
        <translation>%name 不是该文件夹里的文件</translation>
    </message>
    <message>
        <location filename="../../gui/captions/sidecar_messages.py" line="26"/>
        <source>%name: there is no such file in the folder</source>
        <translation>%name：文件夹里没有这个文件</translation>
    </message>
    <message>
        <location filename="../../gui/captions/sidecar_messages.py" line="27"/>
        <source>%name: caption id “%id” is not a number</source>
        <translation>%name：图片说明编号“%id”不是数字</translation>
    </message>
    <message>
        <location filename="../../gui/captions/sidecar_messages.py" line="28"/>
        <source>%name: there is no caption %id</source>
        <translation>%name：没有编号为 %id 的图片说明</translation>
    </message>
    <message>
        <location filename="../../gui/captions/sidecar_messages.py" line="30"/>
        <source>%name: no caption named (give caption_id, label and page, or the caption&apos;s text)</source>
        <translation>%name：没有指明图片说明（请给出 caption_id、图号和版次，或说明文字）</translation>
    </message>
    <message>
        <location filename="../../gui/captions/sidecar_messages.py" line="33"/>
        <source>%name: no caption is %which</source>
        <translation>%name：没有%which</translation>
    </message>
    <message>
        <location filename="../../gui/captions/sidecar_messages.py" line="34"/>
        <source>%name: several captions are %which (add a date or caption_id)</source>
        <translation>%name：有多条图片说明是%which（请加上日期或 caption_id）</translation>
    </message>
    <message>
        <location filename="../../gui/captions/sidecar_messages.py" line="61"/>
        <source>%1 on page %2</source>
        <translation>第 %2 版的%1</translation>
    </message>
    <message>
        <location filename="../../gui/captions/sidecar_messages.py" line="64"/>
        <source>the caption reading “%1”</source>
        <translation>写着“%1”的图片说明</translation>
    </message>
    <message>
        <location filename="../../gui/captions/sidecar_messages.py" line="66"/>
        <source> of %1</source>
        <translation>（日期 %1）</translation>
    </message>
</context>
<context>
    <name>ArchiveCare</name>
    <message>
        <location filename="../../gui/maintenance/care.py" line="121"/>
        <source>Indexing for search: %1%</source>
        <translation>正在建立搜索索引：%1%</translation>
    </message>
    <message>
        <location filename="../../gui/maintenance/care.py" line="132"/>
        <source>Clipfile</source>
        <translation>剪报档案</translation>
    </message>
    <message>
        <location filename="../../gui/maintenance/care.py" line="134"/>
        <source>The search index could not be rebuilt; searches scan the archive instead, which is slower.</source>
        <translation>无法重建搜索索引；搜索将逐条查找档案，速度较慢。</translation>
    </message>
    <message>
        <location filename="../../gui/maintenance/care.py" line="156"/>
        <source>Backing up %1 before this large edit…</source>
        <translation>正在为这项大批量编辑先备份 %1…</translation>
    </message>
    <message>
        <location filename="../../gui/maintenance/care.py" line="158"/>
        <source>Backing up %1…</source>
        <translation>正在备份 %1…</translation>
    </message>
    <message>
        <location filename="../../gui/maintenance/care.py" line="173"/>
        <source>Restoring %1…</source>
        <translation>正在恢复 %1…</translation>
    </message>
    <message>
        <location filename="../../gui/maintenance/care.py" line="200"/>
        <source>Salvaging %1…</source>
        <translation>正在抢救 %1…</translation>
    </message>
    <message>
        <location filename="../../gui/maintenance/care.py" line="209"/>
        <source>Salvaged</source>
        <translation>抢救完成</translation>
    </message>
    <message>
        <location filename="../../gui/maintenance/care.py" line="211"/>
        <source>%1 articles, %2 captions and %3 notes were saved into %4. The damaged file is kept as it was.</source>
        <translation>已将 %1 篇文章、%2 条图片说明和 %3 条笔记保存到 %4。损坏的文件原样保留。</translation>
    </message>
    <message>
        <location filename="../../gui/maintenance/care.py" line="226"/>
        <source>Salvage into a New File</source>
        <translation>抢救到新文件</translation>
    </message>
    <message>
        <location filename="../../gui/maintenance/care.py" line="228"/>
        <source>Clipfile archives (*.sqlite *.db)</source>
        <translation>剪报档案文件 (*.sqlite *.db)</translation>
    </message>
</context>
<context>
    <name>ArticleListModel</name>
    <message>
        <location filename="../../gui/browse/article_model.py" line="40"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../gui/browse/article_model.py" line="41"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../gui/browse/article_model.py" line="42"/>
        <source>Publication</source>
        <translation>报刊</translation>
    </message>
    <message>
        <location filename="../../gui/browse/article_model.py" line="43"/>
        <source>Section</source>
        <translation>版面</translation>
    </message>
    <message>
        <location filename="../../gui/browse/article_model.py" line="44"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../gui/browse/article_model.py" line="45"/>
        <source>Photos</source>
        <translation>图片</translation>
    </message>
    <message>
        <location filename="../../gui/browse/article_model.py" line="46"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../gui/browse/article_model.py" line="47"/>
        <source>Match</source>
        <translation>命中</translation>
    </message>
    <message>
        <location filename="../../gui/browse/article_model.py" line="52"/>
        <source>Caption</source>
        <translation>图片说明</translation>
    </message>
    <message>
        <location filename="../../gui/browse/article_model.py" line="53"/>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
</context>
<context>
    <name>BackupListModel</name>
    <message>
        <location filename="../../gui/maintenance/backup_model.py" line="20"/>
        <source>Backed up by hand</source>
        <translation>手动备份</translation>
    </message>
    <message>
        <location filename="../../gui/maintenance/backup_model.py" line="21"/>
        <source>On closing</source>
        <translation>关闭时</translation>
    </message>
    <message>
        <location filename="../../gui/maintenance/backup_model.py" line="22"/>
        <source>Before a restore</source>
        <translation>恢复之前</translation>
    </message>
    <message>
        <location filename="../../gui/maintenance/backup_model.py" line="23"/>
        <source>Before merging tags</source>
        <translation>合并标签之前</translation>
    </message>
    <message>
        <location filename="../../gui/maintenance/backup_model.py" line="24"/>
        <source>Before a bulk edit</source>
        <translation>批量编辑之前</translation>
    </message>
    <message>
        <location filename="../../gui/maintenance/backup_model.py" line="25"/>
        <source>Before an upgrade</source>
        <translation>升级之前</translation>
    </message>
    <message>
        <location filename="../../gui/maintenance/backup_model.py" line="28"/>
        <source>Made</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <location filename="../../gui/maintenance/backup_model.py" line="29"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../gui/maintenance/backup_model.py" line="30"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../gui/maintenance/backup_model.py" line="31"/>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../../gui/maintenance/backup_model.py" line="32"/>
        <source>Captions</source>
        <translation>图片说明</translation>
    </message>
    <message>
        <location filename="../../gui/maintenance/backup_model.py" line="33"/>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location filename="../../gui/maintenance/backup_model.py" line="59"/>
        <source>unreadable</source>
        <translation>无法读取</translation>
    </message>
</context>
<context>
    <name>BrowseView</name>
    <message>
        <location filename="../../gui/browse/view.py" line="99"/>
        <source>Search titles, text, captions and people (Ctrl+F)</source>
        <translation>搜索标题、正文、图片说明和人物（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../gui/browse/view.py" line="104"/>
        <source>Newest first</source>
        <translation>最新在前</translation>
    </message>
    <message>
        <location filename="../../gui/browse/view.py" line="105"/>
        <source>Headlines first</source>
        <translation>标题命中在前</translation>
    </message>
    <message>
        <location filename="../../gui/browse/view.py" line="106"/>
        <source>Order of search results</source>
        <translation>搜索结果的排序</translation>
    </message>
    <message>
        <location filename="../../gui/browse/actions.py" line="22"/>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../gui/browse/actions.py" line="26"/>
        <source>Next Match</source>
        <translation>下一处匹配</translation>
    </message>
    <message>
        <location filename="../../gui/browse/actions.py" line="33"/>
        <source>Previous Match</source>
        <translation>上一处匹配</translation>
    </message>
    <message>
        <location filename="../../gui/browse/actions.py" line="40"/>
        <source>&amp;Save Search…</source>
        <translation>保存搜索(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../gui/browse/actions.py" line="45"/>
        <source>Move to &amp;Trash</source>
        <translation>移到回收站(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../gui/browse/actions.py" line="50"/>
        <source>&amp;Facets</source>
        <translation>分类栏(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../gui/browse/actions.py" line="55"/>
        <source>&amp;Clear Filters</source>
        <translation>清除筛选(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../gui/browse/view.py" line="252"/>
        <source>Searching…</source>
        <translation>正在查找…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/browse/view.py" line="84"/>
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/browse/listing.py" line="37"/>
        <source>%1+ articles, counting…</source>
        <translation>%1+ 篇文章，正在计数…</translation>
    </message>
    <message>
        <location filename="../../gui/browse/actions.py" line="58"/>
        <source>&amp;Tag…</source>
        <translation>加标签(&amp;T)…</translation>
    </message>
    <message>
        <location filename="../../gui/browse/actions.py" line="62"/>
        <source>Tag &amp;Passage…</source>
        <translation>标注段落(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../gui/browse/tagging.py" line="59"/>
        <source>Key %1 has no tag yet: right-click a tag in the sidebar ▸ Favourite Key.</source>
        <translation>数字键 %1 还没有标签：在侧栏右键单击一个标签 ▸ 常用标签键。</translation>
    </message>
    <message>
        <location filename="../../gui/browse/tagging.py" line="76"/>
        <source>Select some articles in the list first.</source>
        <translation>请先在列表中选中文章。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/browse/view.py" line="88"/>
        <source>Took %1 off %Ln article(s).</source>
        <translation>
            <numerusform>已从 %Ln 篇文章上去掉 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/browse/view.py" line="89"/>
        <source>Tagged %Ln article(s) %1.</source>
        <translation>
            <numerusform>已给 %Ln 篇文章加上 %1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/browse/view.py" line="90"/>
        <source>%Ln already had it.</source>
        <translation>
            <numerusform>其中 %Ln 篇原已有此标签。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/browse/view.py" line="91"/>
        <source>Tag %Ln Article(s)…</source>
        <translation>
            <numerusform>给 %Ln 篇文章加标签…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/browse/view.py" line="92"/>
        <source>Untag %Ln Article(s)…</source>
        <translation>
            <numerusform>去掉 %Ln 篇文章的标签…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/browse/tagging.py" line="121"/>
        <source>Untag Articles</source>
        <translation>去掉文章标签</translation>
    </message>
    <message>
        <location filename="../../gui/browse/tagging.py" line="123"/>
        <source>Tag Articles</source>
        <translation>给文章加标签</translation>
    </message>
    <message>
        <location filename="../../gui/browse/tagging.py" line="129"/>
        <source>Tag (a new one is made; / for a tag below another):</source>
        <translation>标签（不存在则新建；用 / 表示下级标签）：</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/browse/view.py" line="85"/>
        <source>%Ln caption(s)</source>
        <translation>
            <numerusform>%Ln 条图片说明</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/browse/view.py" line="86"/>
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln 条笔记</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/browse/view.py" line="87"/>
        <source>%Ln article(s), listing…</source>
        <translation>
            <numerusform>%Ln 篇文章，正在列出…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/browse/listing.py" line="104"/>
        <source>This archive has no articles yet.</source>
        <translation>此档案库中还没有文章。</translation>
    </message>
    <message>
        <location filename="../../gui/browse/listing.py" line="110"/>
        <source>No articles match %1.</source>
        <translation>没有符合 %1 的文章。</translation>
    </message>
    <message>
        <location filename="../../gui/browse/listing.py" line="113"/>
        <source>Press Esc in the search box or choose View ▸ Clear Filters to see every article.</source>
        <translation>在搜索框中按 Esc，或选择“视图 ▸ 清除筛选”，即可查看全部文章。</translation>
    </message>
    <message>
        <location filename="../../gui/browse/listing.py" line="122"/>
        <source>Search failed</source>
        <translation>搜索失败</translation>
    </message>
    <message>
        <location filename="../../gui/browse/listing.py" line="125"/>
        <source>Search failed: %1</source>
        <translation>搜索失败：%1</translation>
    </message>
    <message>
        <location filename="../../gui/browse/reading.py" line="102"/>
        <source>Deleted in the list</source>
        <translation>在列表中删除</translation>
    </message>
    <message>
        <location filename="../../gui/browse/reading.py" line="110"/>
        <source>Move to Trash</source>
        <translation>移到废纸篓</translation>
    </message>
    <message>
        <location filename="../../gui/browse/reading.py" line="111"/>
        <source>%1 notes link to the %2 articles chosen. Move them to the trash anyway? The links will show the articles as missing.</source>
        <translation>有 %1 条笔记链接到所选的 %2 篇文章。仍要移到废纸篓吗？这些链接将显示为“已缺失”。</translation>
    </message>
    <message>
        <location filename="../../gui/browse/saved_searches.py" line="20"/>
        <source>Type a search first, then save it.</source>
        <translation>请先输入搜索内容，再保存。</translation>
    </message>
    <message>
        <location filename="../../gui/browse/saved_searches.py" line="27"/>
        <source>Save Search</source>
        <translation>保存搜索</translation>
    </message>
    <message>
        <location filename="../../gui/browse/saved_searches.py" line="28"/>
        <source>Name for this search:</source>
        <translation>此搜索的名称：</translation>
    </message>
    <message>
        <location filename="../../gui/browse/saved_searches.py" line="38"/>
        <source>Edit Saved Search</source>
        <translation>编辑保存的搜索</translation>
    </message>
    <message>
        <location filename="../../gui/browse/saved_searches.py" line="39"/>
        <source>Search for %1:</source>
        <translation>“%1”的搜索内容：</translation>
    </message>
</context>
<context>
    <name>CaptionFacets</name>
    <message>
        <location filename="../../gui/captions/facets.py" line="15"/>
        <source>Photographer</source>
        <translation>摄影</translation>
    </message>
    <message>
        <location filename="../../gui/captions/facets.py" line="16"/>
        <source>County</source>
        <translation>县区</translation>
    </message>
    <message>
        <location filename="../../gui/captions/facets.py" line="17"/>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../gui/captions/facets.py" line="18"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
</context>
<context>
    <name>CaptionsModel</name>
    <message>
        <location filename="../../gui/captions/caption_model.py" line="27"/>
        <source>Label</source>
        <translation>图号</translation>
    </message>
    <message>
        <location filename="../../gui/captions/caption_model.py" line="28"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../gui/captions/caption_model.py" line="29"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../gui/captions/caption_model.py" line="30"/>
        <source>Photographers</source>
        <translation>摄影</translation>
    </message>
    <message>
        <location filename="../../gui/captions/caption_model.py" line="31"/>
        <source>Credit</source>
        <translation>署名</translation>
    </message>
    <message>
        <location filename="../../gui/captions/caption_model.py" line="32"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../gui/captions/caption_model.py" line="33"/>
        <source>Caption</source>
        <translation>图片说明</translation>
    </message>
    <message>
        <location filename="../../gui/captions/caption_model.py" line="34"/>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../../gui/captions/caption_model.py" line="37"/>
        <source>News photo</source>
        <translation>新闻照片</translation>
    </message>
    <message>
        <location filename="../../gui/captions/caption_model.py" line="38"/>
        <source>File photo (资料图)</source>
        <translation>资料图</translation>
    </message>
    <message>
        <location filename="../../gui/captions/caption_model.py" line="39"/>
        <source>Supplied (供图)</source>
        <translation>供图</translation>
    </message>
</context>
<context>
    <name>CaptionsView</name>
    <message>
        <location filename="../../gui/captions/view.py" line="138"/>
        <source>Search captions (the search box&apos;s language: 工作人员 city:焦作)</source>
        <translation>搜索图片说明（与搜索框相同的写法：工作人员 city:焦作）</translation>
    </message>
    <message>
        <location filename="../../gui/captions/view.py" line="141"/>
        <source>With pictures</source>
        <translation>有图片的</translation>
    </message>
    <message>
        <location filename="../../gui/captions/view.py" line="142"/>
        <source>Show as pictures</source>
        <translation>以图片显示</translation>
    </message>
    <message>
        <location filename="../../gui/captions/view.py" line="144"/>
        <source>Clear Filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <location filename="../../gui/captions/view.py" line="146"/>
        <source>Import Pictures Folder…</source>
        <translation>导入图片文件夹…</translation>
    </message>
    <message>
        <location filename="../../gui/captions/view.py" line="147"/>
        <location filename="../../gui/captions/view.py" line="666"/>
        <source>Export Fields (IPTC)…</source>
        <translation>导出图片信息（IPTC）…</translation>
    </message>
    <message>
        <location filename="../../gui/captions/view.py" line="207"/>
        <source>Open Article</source>
        <translation>打开文章</translation>
    </message>
    <message>
        <location filename="../../gui/captions/view.py" line="208"/>
        <source>Attach Picture…</source>
        <translation>添加图片…</translation>
    </message>
    <message>
        <location filename="../../gui/captions/view.py" line="209"/>
        <source>Remove Picture</source>
        <translation>移除图片</translation>
    </message>
    <message>
        <location filename="../../gui/captions/view.py" line="212"/>
        <source>Use the Picture&apos;s Fields</source>
        <translation>采用图片自带的信息</translation>
    </message>
    <message>
        <location filename="../../gui/captions/view.py" line="213"/>
        <source>Add Note…</source>
        <translation>添加笔记…</translation>
    </message>
    <message>
        <location filename="../../gui/captions/view.py" line="214"/>
        <source>Tag…</source>
        <translation>加标签…</translation>
    </message>
    <message>
        <location filename="../../gui/captions/view.py" line="215"/>
        <source>Save Picture with Its Fields…</source>
        <translation>保存写入信息的图片…</translation>
    </message>
    <message>
        <location filename="../../gui/captions/view.py" line="349"/>
        <source>Counting…</source>
        <translation>正在计数…</translation>
    </message>
    <message>
        <location filename="../../gui/captions/view.py" line="351"/>
        <source>Reading every caption…</source>
        <translation>正在读取全部图片说明…</translation>
    </message>
    <message>
        <location filename="../../gui/captions/view.py" line="365"/>
        <source>%1 captions</source>
        <translation>%1 条图片说明</translation>
    </message>
    <message>
        <location filename="../../gui/captions/view.py" line="418"/>
        <source>No caption chosen.</source>
        <translation>未选择图片说明。</translation>
    </message>
    <message>
        <location filename="../../gui/captions/view.py" line="420"/>
        <source>Drop a picture here</source>
        <translation>把图片拖到这里</translation>
    </message>
    <message>
        <location filename="../../gui/captions/view.py" line="436"/>
        <location filename="../../gui/captions/view.py" line="518"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../gui/captions/view.py" line="436"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../gui/captions/view.py" line="437"/>
        <location filename="../../gui/captions/view.py" line="522"/>
        <source>Photographers</source>
        <translation>摄影</translation>
    </message>
    <message>
        <location filename="../../gui/captions/view.py" line="437"/>
        <location filename="../../gui/captions/view.py" line="521"/>
        <source>Credit</source>
        <translation>署名</translation>
    </message>
    <message>
        <location filename="../../gui/captions/view.py" line="438"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../gui/captions/view.py" line="438"/>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../../gui/captions/view.py" line="451"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../gui/captions/view.py" line="451"/>
        <source>take this tag off</source>
        <translation>去掉这个标签</translation>
    </message>
    <message>
        <location filename="../../gui/captions/view.py" line="458"/>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location filename="../../gui/captions/view.py" line="482"/>
        <source>No picture: drop one here</source>
        <translation>没有图片：可把图片拖到这里</translation>
    </message>
    <message>
        <location filename="../../gui/captions/view.py" line="484"/>
        <source>loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <location filename="../../gui/captions/view.py" line="496"/>
        <source>Cannot show this picture: %1</source>
        <translation>无法显示这张图片：%1</translation>
    </message>
    <message>
        <location filename="../../gui/captions/view.py" line="517"/>
        <source>Caption</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../gui/captions/view.py" line="519"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../gui/captions/view.py" line="520"/>
        <source>County</source>
        <translation>县区</translation>
    </message>
    <message>
        <location filename="../../gui/captions/view.py" line="528"/>
        <source>The picture says: %1</source>
        <translation>图片自带信息：%1</translation>
    </message>
    <message>
        <location filename="../../gui/captions/view.py" line="569"/>
        <source>Attach Picture</source>
        <translation>添加图片</translation>
    </message>
    <message>
        <location filename="../../gui/captions/view.py" line="571"/>
        <source>Pictures (*.jpg *.jpeg *.png *.gif *.tif *.tiff *.webp *.bmp)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.gif *.tif *.tiff *.webp *.bmp)</translation>
    </message>
    <message>
        <location filename="../../gui/captions/view.py" line="618"/>
        <source>Save Picture with Its Fields</source>
        <translation>保存写入信息的图片</translation>
    </message>
    <message>
        <location filename="../../gui/captions/view.py" line="634"/>
        <source>Export Fields (IPTC)</source>
        <translation>导出图片信息（IPTC）</translation>
    </message>
    <message>
        <location filename="../../gui/captions/view.py" line="657"/>
        <source>Exporting… %1%</source>
        <translation>正在导出… %1%</translation>
    </message>
    <message>
        <location filename="../../gui/captions/view.py" line="672"/>
        <source>%1 captions&apos; fields written to %2</source>
        <translation>已将 %1 条图片说明的信息写入 %2</translation>
    </message>
    <message>
        <location filename="../../gui/captions/view.py" line="710"/>
        <source>Key %1 has no tag yet: right-click a tag in the sidebar ▸ Favourite Key.</source>
        <translation>数字键 %1 还没有标签：在侧栏右键单击一个标签 ▸ 常用标签键。</translation>
    </message>
    <message>
        <location filename="../../gui/captions/view.py" line="720"/>
        <source>Took %1 off the caption</source>
        <translation>已从图片说明去掉 %1</translation>
    </message>
    <message>
        <location filename="../../gui/captions/view.py" line="720"/>
        <source>Tagged %1</source>
        <translation>已加标签 %1</translation>
    </message>
    <message>
        <location filename="../../gui/captions/view.py" line="727"/>
        <source>Tag Caption</source>
        <translation>为图片说明加标签</translation>
    </message>
    <message>
        <location filename="../../gui/captions/view.py" line="728"/>
        <source>Tag (a new one is made; / for a tag below another):</source>
        <translation>标签（不存在则新建；用 / 表示下级标签）：</translation>
    </message>
    <message>
        <location filename="../../gui/captions/view.py" line="737"/>
        <source>Note on the Caption</source>
        <translation>图片说明的笔记</translation>
    </message>
    <message>
        <location filename="../../gui/captions/view.py" line="737"/>
        <source>Note (Markdown):</source>
        <translation>笔记（Markdown）：</translation>
    </message>
    <message>
        <location filename="../../gui/captions/view.py" line="749"/>
        <source>Import Pictures Folder</source>
        <translation>导入图片文件夹</translation>
    </message>
    <message>
        <location filename="../../gui/captions/view.py" line="791"/>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location filename="../../gui/captions/view.py" line="799"/>
        <source>Nothing was attached; these lines need fixing:</source>
        <translation>没有添加任何图片；以下各行需要修改：</translation>
    </message>
    <message>
        <location filename="../../gui/captions/view.py" line="808"/>
        <source>Pictures</source>
        <translation>图片</translation>
    </message>
</context>
<context>
    <name>ChartPane</name>
    <message>
        <location filename="../../gui/compare/figures_chart.py" line="111"/>
        <source>Across years</source>
        <translation>逐年变化</translation>
    </message>
    <message>
        <location filename="../../gui/compare/figures_chart.py" line="112"/>
        <source>Places side by side</source>
        <translation>各地并列</translation>
    </message>
    <message>
        <location filename="../../gui/compare/figures_chart.py" line="116"/>
        <source>Save as PNG…</source>
        <translation>存为 PNG…</translation>
    </message>
    <message>
        <location filename="../../gui/compare/figures_chart.py" line="118"/>
        <source>Save as SVG…</source>
        <translation>存为 SVG…</translation>
    </message>
    <message>
        <location filename="../../gui/compare/figures_chart.py" line="281"/>
        <source>Sources:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <location filename="../../gui/compare/figures_chart.py" line="297"/>
        <location filename="../../gui/compare/figures_chart.py" line="310"/>
        <source>Save Chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <location filename="../../gui/compare/figures_chart.py" line="303"/>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../../gui/compare/figures_chart.py" line="344"/>
        <source>the picture could not be drawn</source>
        <translation>图片未能绘出</translation>
    </message>
</context>
<context>
    <name>CompareColumn</name>
    <message>
        <location filename="../../gui/compare/column.py" line="142"/>
        <source>Stop comparing %1</source>
        <translation>不再比较 %1</translation>
    </message>
    <message>
        <location filename="../../gui/compare/column.py" line="192"/>
        <source>Choose a record above to read it here.</source>
        <translation>在上方选择一条记录，在此阅读。</translation>
    </message>
    <message>
        <location filename="../../gui/compare/column.py" line="220"/>
        <source>Searching…</source>
        <translation>正在查找…</translation>
    </message>
    <message>
        <location filename="../../gui/compare/column.py" line="247"/>
        <source>%1+ records, counting…</source>
        <translation>%1 条以上记录，正在计数…</translation>
    </message>
    <message>
        <location filename="../../gui/compare/column.py" line="250"/>
        <source>%1 records</source>
        <translation>%1 条记录</translation>
    </message>
    <message>
        <location filename="../../gui/compare/column.py" line="252"/>
        <source>%1 articles</source>
        <translation>%1 篇文章</translation>
    </message>
    <message>
        <location filename="../../gui/compare/column.py" line="253"/>
        <source>%1 captions</source>
        <translation>%1 条图片说明</translation>
    </message>
    <message>
        <location filename="../../gui/compare/column.py" line="254"/>
        <source>%1 notes</source>
        <translation>%1 条笔记</translation>
    </message>
    <message>
        <location filename="../../gui/compare/column.py" line="265"/>
        <source> · %1 more mention it</source>
        <translation> · 另有 %1 条提及</translation>
    </message>
    <message>
        <location filename="../../gui/compare/column.py" line="272"/>
        <source>No records of %1 match this filter. Records are found by the city or county they are attributed to; tick “Also records that mention the place” to see those that only name it.</source>
        <translation>%1 没有符合此筛选条件的记录。记录按其所属的城市或县区查找；勾选“也列出提及该地的记录”可看到只提到它的记录。</translation>
    </message>
    <message>
        <location filename="../../gui/compare/column.py" line="276"/>
        <source>The archive has no records attributed to %1 yet.</source>
        <translation>档案中还没有属于 %1 的记录。</translation>
    </message>
    <message>
        <location filename="../../gui/compare/column.py" line="122"/>
        <location filename="../../gui/compare/column.py" line="312"/>
        <source>Notes (%1)</source>
        <translation>笔记（%1）</translation>
    </message>
    <message>
        <location filename="../../gui/compare/column.py" line="315"/>
        <source>Notes on %1: none yet. Click to add one.</source>
        <translation>关于 %1 的笔记：暂无。点击添加。</translation>
    </message>
    <message>
        <location filename="../../gui/compare/column.py" line="356"/>
        <location filename="../../gui/compare/column.py" line="373"/>
        <source>That record is no longer in the archive.</source>
        <translation>该记录已不在档案库中。</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../../gui/compare/view.py" line="104"/>
        <source>Add a city or county: 焦作, 修武县…</source>
        <translation>添加城市或县区：焦作、修武县…</translation>
    </message>
    <message>
        <location filename="../../gui/compare/view.py" line="115"/>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <location filename="../../gui/compare/view.py" line="133"/>
        <source>Add two to six cities or counties above to read how each reports the same story, side by side. Or choose cities in the Browse view&apos;s sidebar and pick “Compare These”.</source>
        <translation>在上方添加两到六个城市或县区，并排阅读各地如何报道同一件事。也可在浏览视图的侧栏中选择城市，再选“比较这些”。</translation>
    </message>
    <message>
        <location filename="../../gui/compare/view.py" line="145"/>
        <source>Columns</source>
        <translation>分栏</translation>
    </message>
    <message>
        <location filename="../../gui/compare/view.py" line="150"/>
        <source>Matrix</source>
        <translation>矩阵</translation>
    </message>
    <message>
        <location filename="../../gui/compare/view.py" line="154"/>
        <source>Figures</source>
        <translation>数据</translation>
    </message>
    <message>
        <location filename="../../gui/compare/view.py" line="231"/>
        <source>No archive is open.</source>
        <translation>没有打开的档案。</translation>
    </message>
</context>
<context>
    <name>DamageDialog</name>
    <message>
        <location filename="../../gui/maintenance/care.py" line="36"/>
        <source>Damaged archive</source>
        <translation>档案已损坏</translation>
    </message>
    <message>
        <location filename="../../gui/maintenance/care.py" line="38"/>
        <source>This archive file is damaged (%1). It is open read-only so that nothing more is written to it.</source>
        <translation>此档案文件已损坏（%1）。已以只读方式打开，不会再向其中写入任何内容。</translation>
    </message>
    <message>
        <location filename="../../gui/maintenance/care.py" line="45"/>
        <source>Restore the newest good backup, or salvage what is readable into a new archive file. The damaged file is kept as it is.</source>
        <translation>可以恢复最新的完好备份，或将仍可读取的内容抢救到新的档案文件中。损坏的文件原样保留。</translation>
    </message>
    <message>
        <location filename="../../gui/maintenance/care.py" line="52"/>
        <source>Restore from Backup…</source>
        <translation>从备份恢复…</translation>
    </message>
    <message>
        <location filename="../../gui/maintenance/care.py" line="56"/>
        <source>Salvage into a New File…</source>
        <translation>抢救到新文件…</translation>
    </message>
    <message>
        <location filename="../../gui/maintenance/care.py" line="60"/>
        <source>Keep Reading</source>
        <translation>继续只读浏览</translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <location filename="../../gui/review/edit_dialog.py" line="19"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../gui/review/edit_dialog.py" line="24"/>
        <source>Kicker</source>
        <translation>引题</translation>
    </message>
    <message>
        <location filename="../../gui/review/edit_dialog.py" line="25"/>
        <source>Headline</source>
        <translation>主题</translation>
    </message>
    <message>
        <location filename="../../gui/review/edit_dialog.py" line="26"/>
        <source>Subtitle</source>
        <translation>副题</translation>
    </message>
    <message>
        <location filename="../../gui/review/edit_dialog.py" line="27"/>
        <source>Summary</source>
        <translation>核心提示</translation>
    </message>
    <message>
        <location filename="../../gui/review/edit_dialog.py" line="28"/>
        <source>Dateline</source>
        <translation>电头</translation>
    </message>
    <message>
        <location filename="../../gui/review/edit_dialog.py" line="29"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../gui/review/edit_dialog.py" line="30"/>
        <source>Section</source>
        <translation>版面</translation>
    </message>
    <message>
        <location filename="../../gui/review/edit_dialog.py" line="31"/>
        <source>County</source>
        <translation>县(市、区)</translation>
    </message>
    <message>
        <location filename="../../gui/review/edit_dialog.py" line="32"/>
        <source>Label</source>
        <translation>图号</translation>
    </message>
    <message>
        <location filename="../../gui/review/edit_dialog.py" line="33"/>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <location filename="../../gui/review/edit_dialog.py" line="34"/>
        <source>Credit line</source>
        <translation>图片来源</translation>
    </message>
</context>
<context>
    <name>ExportButton</name>
    <message>
        <location filename="../../gui/compare/export.py" line="30"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location filename="../../gui/compare/export.py" line="46"/>
        <source>Export Comparison</source>
        <translation>导出比较</translation>
    </message>
    <message>
        <location filename="../../gui/compare/export.py" line="72"/>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../../gui/compare/export.py" line="77"/>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
</context>
<context>
    <name>FacetModel</name>
    <message>
        <location filename="../../gui/browse/facet_model.py" line="24"/>
        <source>Cities</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../gui/browse/facet_model.py" line="25"/>
        <source>Counties</source>
        <translation>县(市、区)</translation>
    </message>
    <message>
        <location filename="../../gui/browse/facet_model.py" line="26"/>
        <source>Years</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../gui/browse/facet_model.py" line="27"/>
        <source>Publications</source>
        <translation>报刊</translation>
    </message>
    <message>
        <location filename="../../gui/browse/facet_model.py" line="28"/>
        <source>Sections</source>
        <translation>版面</translation>
    </message>
    <message>
        <location filename="../../gui/browse/facet_model.py" line="29"/>
        <source>People</source>
        <translation>人物</translation>
    </message>
    <message>
        <location filename="../../gui/browse/facet_model.py" line="30"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../gui/browse/facet_model.py" line="31"/>
        <source>Saved searches</source>
        <translation>保存的搜索</translation>
    </message>
    <message>
        <location filename="../../gui/browse/facet_model.py" line="105"/>
        <source>Facet</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../gui/browse/facet_model.py" line="106"/>
        <source>Count</source>
        <translation>数量</translation>
    </message>
</context>
<context>
    <name>FacetPanel</name>
    <message>
        <location filename="../../gui/browse/facet_panel.py" line="88"/>
        <source>Notes on %1…</source>
        <translation>关于“%1”的笔记…</translation>
    </message>
    <message>
        <location filename="../../gui/browse/facet_panel.py" line="95"/>
        <source>Edit Saved Search…</source>
        <translation>编辑保存的搜索…</translation>
    </message>
    <message>
        <location filename="../../gui/browse/facet_panel.py" line="99"/>
        <source>Delete Saved Search</source>
        <translation>删除保存的搜索</translation>
    </message>
    <message>
        <location filename="../../gui/browse/facet_panel.py" line="110"/>
        <source>Take %1 Out of the Choice</source>
        <translation>从所选中去掉 %1</translation>
    </message>
    <message>
        <location filename="../../gui/browse/facet_panel.py" line="112"/>
        <source>Add %1 to the Choice</source>
        <translation>把 %1 加入所选</translation>
    </message>
    <message>
        <location filename="../../gui/browse/facet_panel.py" line="122"/>
        <source>Compare These (%1)</source>
        <translation>比较这些（%1）</translation>
    </message>
</context>
<context>
    <name>FavouriteKeys</name>
    <message>
        <location filename="../../gui/tags/favourites.py" line="58"/>
        <source>Favourite Key</source>
        <translation>常用标签键</translation>
    </message>
    <message>
        <location filename="../../gui/tags/favourites.py" line="69"/>
        <source>No Key</source>
        <translation>不用数字键</translation>
    </message>
</context>
<context>
    <name>FiguresChart</name>
    <message>
        <location filename="../../gui/compare/figures_chart.py" line="77"/>
        <source>%1 — Figures</source>
        <translation>%1 — 数据</translation>
    </message>
</context>
<context>
    <name>FiguresPanel</name>
    <message>
        <location filename="../../gui/compare/figures_table.py" line="93"/>
        <source>Chart…</source>
        <translation>图表…</translation>
    </message>
    <message>
        <location filename="../../gui/compare/figures_table.py" line="94"/>
        <source>The chosen indicator across years</source>
        <translation>所选指标的逐年变化</translation>
    </message>
    <message>
        <location filename="../../gui/compare/figures_table.py" line="96"/>
        <source>Indicators…</source>
        <translation>指标词典…</translation>
    </message>
    <message>
        <location filename="../../gui/compare/figures_table.py" line="98"/>
        <source>Edit the indicators figures are read for, their names and units</source>
        <translation>编辑提取数据所用的指标、别名和单位</translation>
    </message>
    <message>
        <location filename="../../gui/compare/figures_table.py" line="102"/>
        <location filename="../../gui/compare/figures_table.py" line="397"/>
        <source>Export Figures</source>
        <translation>导出数据</translation>
    </message>
    <message>
        <location filename="../../gui/compare/figures_table.py" line="208"/>
        <source>Reading the figures from the text…</source>
        <translation>正在从正文读取数据…</translation>
    </message>
    <message>
        <location filename="../../gui/compare/figures_table.py" line="234"/>
        <source>Reading the figures from the text… %1%</source>
        <translation>正在从正文读取数据… %1%</translation>
    </message>
    <message>
        <location filename="../../gui/compare/figures_table.py" line="264"/>
        <source>Add places above to compare their figures.</source>
        <translation>在上方添加地方，即可比较各地数据。</translation>
    </message>
    <message>
        <location filename="../../gui/compare/figures_table.py" line="267"/>
        <source>No figures are reported for these places yet. Figures are read from the articles&apos; text as they are imported.</source>
        <translation>这些地方尚无数据。导入文章时会从正文中读取数据。</translation>
    </message>
    <message>
        <location filename="../../gui/compare/figures_table.py" line="272"/>
        <source>Each place&apos;s latest total and its year; hover for the sentence, click to read the article, right-click to confirm, reject or correct.</source>
        <translation>各地最新总量及其年份；悬停可看原句，单击可读原文，右键可确认、否定或更正。</translation>
    </message>
    <message>
        <location filename="../../gui/compare/figures_table.py" line="277"/>
        <source>⚠ %1 with conflicting reports.</source>
        <translation>⚠ %1 项报道数字不一。</translation>
    </message>
    <message>
        <location filename="../../gui/compare/figures_table.py" line="313"/>
        <source>Read the Article</source>
        <translation>阅读原文</translation>
    </message>
    <message>
        <location filename="../../gui/compare/figures_table.py" line="318"/>
        <source>Confirm %1</source>
        <translation>确认 %1</translation>
    </message>
    <message>
        <location filename="../../gui/compare/figures_table.py" line="319"/>
        <source>Reject %1</source>
        <translation>否定 %1</translation>
    </message>
    <message>
        <location filename="../../gui/compare/figures_table.py" line="326"/>
        <source>Correct…</source>
        <translation>更正…</translation>
    </message>
    <message>
        <location filename="../../gui/compare/figures_table.py" line="330"/>
        <source>Back to the Value Read</source>
        <translation>恢复为读取的数值</translation>
    </message>
    <message>
        <location filename="../../gui/compare/figures_table.py" line="335"/>
        <source>Use %1 Instead (Confirm It)</source>
        <translation>改用 %1（予以确认）</translation>
    </message>
    <message>
        <location filename="../../gui/compare/figures_table.py" line="344"/>
        <source>Chart %1…</source>
        <translation>%1 图表…</translation>
    </message>
    <message>
        <location filename="../../gui/compare/figures_table.py" line="362"/>
        <source>Correct Figure</source>
        <translation>更正数据</translation>
    </message>
    <message>
        <location filename="../../gui/compare/figures_table.py" line="363"/>
        <source>%1 in this sentence, in %2:</source>
        <translation>此句中的%1（单位：%2）：</translation>
    </message>
    <message>
        <location filename="../../gui/compare/figures_table.py" line="413"/>
        <source>Figures: %1</source>
        <translation>数据：%1</translation>
    </message>
    <message>
        <location filename="../../gui/compare/figures_table.py" line="437"/>
        <source>Exporting to %1…</source>
        <translation>正在导出到 %1…</translation>
    </message>
    <message>
        <location filename="../../gui/compare/figures_table.py" line="450"/>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../../gui/compare/figures_table.py" line="456"/>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../gui/compare/filter_bar.py" line="43"/>
        <source>Filter every column: 人才 OR 科技金融 -招聘 …</source>
        <translation>筛选每一栏：人才 OR 科技金融 -招聘 …</translation>
    </message>
    <message>
        <location filename="../../gui/compare/filter_bar.py" line="47"/>
        <source>Any tag</source>
        <translation>任意标签</translation>
    </message>
    <message>
        <location filename="../../gui/compare/filter_bar.py" line="48"/>
        <source>from 2021</source>
        <translation>自 2021</translation>
    </message>
    <message>
        <location filename="../../gui/compare/filter_bar.py" line="49"/>
        <source>to 2023-06</source>
        <translation>至 2023-06</translation>
    </message>
    <message>
        <location filename="../../gui/compare/filter_bar.py" line="50"/>
        <source>Any paper</source>
        <translation>任意报纸</translation>
    </message>
    <message>
        <location filename="../../gui/compare/filter_bar.py" line="51"/>
        <source>Any section</source>
        <translation>任意版面</translation>
    </message>
    <message>
        <location filename="../../gui/compare/filter_bar.py" line="53"/>
        <source>Also records that mention the place</source>
        <translation>也列出提及该地的记录</translation>
    </message>
    <message>
        <location filename="../../gui/compare/filter_bar.py" line="57"/>
        <source>Besides the records attributed to each place, list those that name it in their text (marked “mentions”).</source>
        <translation>除了属于各地的记录，也列出正文中提到该地的记录（标为“提及”）。</translation>
    </message>
    <message>
        <location filename="../../gui/compare/filter_bar.py" line="105"/>
        <source>A year, a month or a day: 2021, 2021-06, 2021-06-30</source>
        <translation>年、月或日：2021、2021-06、2021-06-30</translation>
    </message>
    <message>
        <location filename="../../gui/compare/filter_bar.py" line="154"/>
        <source>%1 is not a date like 2021 or 2021-06; it is left out</source>
        <translation>%1 不是 2021 或 2021-06 这样的日期；已忽略</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../gui/history/view.py" line="33"/>
        <source>Any time</source>
        <translation>任何时间</translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="34"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="35"/>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="36"/>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="39"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="40"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="49"/>
        <source>article %1</source>
        <translation>文章 %1</translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="50"/>
        <source>passage %1</source>
        <translation>段落 %1</translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="51"/>
        <source>note %1</source>
        <translation>笔记 %1</translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="79"/>
        <source>Revert This Edit</source>
        <translation>撤回这项编辑</translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="89"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="90"/>
        <source>Who</source>
        <translation>编辑者</translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="91"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="92"/>
        <source>Records</source>
        <translation>稿件</translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="93"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="104"/>
        <source>By:</source>
        <translation>编辑者：</translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="106"/>
        <source>When:</source>
        <translation>时间：</translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="124"/>
        <source>Anyone</source>
        <translation>任何人</translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="162"/>
        <source>(undone)</source>
        <translation>（已撤销）</translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="184"/>
        <source>Open an archive to see its edits.</source>
        <translation>打开一个档案，即可查看它的编辑记录。</translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="187"/>
        <source>No edits by this person in this period. Choose Anyone and Any time above to see every edit.</source>
        <translation>此人在这段时间内没有编辑。在上方选择“任何人”和“任何时间”即可查看全部编辑。</translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="192"/>
        <source>No edits yet. Every change made to this archive — tags, notes, review fixes, the trash — will be listed here with who made it and when, newest first, from this window, others and the command line; choose one and Revert This Edit to take it back.</source>
        <translation>还没有编辑。对这个档案的每一次编辑——标签、笔记、审核修正、回收站——都会列在这里，注明由谁、在何时所做，最新的在前，无论来自本窗口、其他窗口还是命令行；选中一条再点“撤回这项编辑”即可撤回。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/history/view.py" line="204"/>
        <source>%1: %Ln record(s)</source>
        <translation>
            <numerusform>%1：%Ln 条记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/history/view.py" line="208"/>
        <location filename="../../gui/history/view.py" line="211"/>
        <source>%Ln tag(s)</source>
        <translation>
            <numerusform>%Ln 个标签</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/history/view.py" line="209"/>
        <source>%1: %Ln tag(s)</source>
        <translation>
            <numerusform>%1：%Ln 个标签</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/history/view.py" line="212"/>
        <source>, %Ln tagging(s)</source>
        <translation>
            <numerusform>，%Ln 次标记</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="225"/>
        <source>Revert Edit</source>
        <translation>撤回编辑</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/history/view.py" line="233"/>
        <source>Revert “%1” by %2 (%Ln record(s))?</source>
        <translation>
            <numerusform>撤回 %2 的“%1”（%Ln 条记录）吗？</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../gui/importing/dialog.py" line="64"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../gui/importing/dialog.py" line="77"/>
        <source>Reading files…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <location filename="../../gui/importing/dialog.py" line="105"/>
        <source>Cancelling: the file in progress is rolled back…</source>
        <translation>正在取消：正在处理的文件将被撤回…</translation>
    </message>
    <message>
        <location filename="../../gui/importing/dialog.py" line="126"/>
        <source>%1 of %2 files · %3 articles · %4 captions · about %5 s left</source>
        <translation>第 %1/%2 个文件 · %3 篇文章 · %4 条图片说明 · 约剩 %5 秒</translation>
    </message>
    <message>
        <location filename="../../gui/importing/dialog.py" line="138"/>
        <source>Done: %1 articles and %2 captions from %3 files; %4 already imported, %5 failed.</source>
        <translation>完成：从 %3 个文件导入 %1 篇文章、%2 条图片说明；%4 个已导入过，%5 个失败。</translation>
    </message>
    <message>
        <location filename="../../gui/importing/dialog.py" line="143"/>
        <source>Cancelled: %1 articles and %2 captions from %3 files were kept; %4 already imported, %5 failed.</source>
        <translation>已取消：保留了 %3 个文件中的 %1 篇文章、%2 条图片说明；%4 个已导入过，%5 个失败。</translation>
    </message>
    <message>
        <location filename="../../gui/importing/dialog.py" line="159"/>
        <source>The import could not start: %1</source>
        <translation>无法开始导入：%1</translation>
    </message>
</context>
<context>
    <name>ImportSummaryModel</name>
    <message>
        <location filename="../../gui/importing/summary_model.py" line="22"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../gui/importing/summary_model.py" line="23"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location filename="../../gui/importing/summary_model.py" line="24"/>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../../gui/importing/summary_model.py" line="25"/>
        <source>Captions</source>
        <translation>图片说明</translation>
    </message>
    <message>
        <location filename="../../gui/importing/summary_model.py" line="26"/>
        <source>Left over</source>
        <translation>未归类</translation>
    </message>
    <message>
        <location filename="../../gui/importing/summary_model.py" line="27"/>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location filename="../../gui/importing/summary_model.py" line="30"/>
        <source>Added</source>
        <translation>已添加</translation>
    </message>
    <message>
        <location filename="../../gui/importing/summary_model.py" line="31"/>
        <source>Updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <location filename="../../gui/importing/summary_model.py" line="32"/>
        <source>Already imported</source>
        <translation>已导入过</translation>
    </message>
    <message>
        <location filename="../../gui/importing/summary_model.py" line="33"/>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <location filename="../../gui/importing/actions.py" line="16"/>
        <source>Pages (*.txt *.md *.html *.htm *.mhtml *.mht *.docx *.json *.jsonl *.csv);;All files (*)</source>
        <translation>版面文件 (*.txt *.md *.html *.htm *.mhtml *.mht *.docx *.json *.jsonl *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../gui/importing/actions.py" line="33"/>
        <source>Import Files</source>
        <translation>导入文件</translation>
    </message>
    <message>
        <location filename="../../gui/importing/actions.py" line="40"/>
        <source>Import Folder</source>
        <translation>导入文件夹</translation>
    </message>
</context>
<context>
    <name>IndicatorDialog</name>
    <message>
        <location filename="../../gui/compare/figures_dictionary.py" line="95"/>
        <source>Indicator Dictionary</source>
        <translation>指标词典</translation>
    </message>
    <message>
        <location filename="../../gui/compare/figures_dictionary.py" line="110"/>
        <source>Find an indicator or a name</source>
        <translation>查找指标或别名</translation>
    </message>
    <message>
        <location filename="../../gui/compare/figures_dictionary.py" line="113"/>
        <source>Add Indicator</source>
        <translation>添加指标</translation>
    </message>
    <message>
        <location filename="../../gui/compare/figures_dictionary.py" line="114"/>
        <source>Remove</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../gui/compare/figures_dictionary.py" line="115"/>
        <source>Back to the Shipped List</source>
        <translation>恢复内置词典</translation>
    </message>
    <message>
        <location filename="../../gui/compare/figures_dictionary.py" line="134"/>
        <source>Figures are read for these indicators, by any of their names. Saving keeps the list in this archive (Undo takes it back) and reads every article&apos;s figures again in the background.</source>
        <translation>按这些指标及其任一名称从正文中提取数据。保存后词典存入本档案（可撤销），并在后台重新提取所有文章的数据。</translation>
    </message>
    <message>
        <location filename="../../gui/compare/figures_dictionary.py" line="161"/>
        <source>New indicator</source>
        <translation>新指标</translation>
    </message>
</context>
<context>
    <name>IndicatorsModel</name>
    <message>
        <location filename="../../gui/compare/figures_dictionary_model.py" line="23"/>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../gui/compare/figures_dictionary_model.py" line="24"/>
        <source>Also called (、 between names)</source>
        <translation>别名（用“、”分隔）</translation>
    </message>
    <message>
        <location filename="../../gui/compare/figures_dictionary_model.py" line="25"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../gui/compare/figures_dictionary_model.py" line="26"/>
        <source>Printed in</source>
        <translation>可写作</translation>
    </message>
    <message>
        <location filename="../../gui/compare/figures_dictionary_model.py" line="27"/>
        <source>Family</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../gui/compare/figures_dictionary_model.py" line="28"/>
        <source>Not this (longer phrases)</source>
        <translation>排除（含别名的其他说法）</translation>
    </message>
    <message>
        <location filename="../../gui/compare/figures_dictionary_model.py" line="31"/>
        <source>Count (家, 个, 项, 人)</source>
        <translation>数量（家、个、项、人）</translation>
    </message>
    <message>
        <location filename="../../gui/compare/figures_dictionary_model.py" line="32"/>
        <source>Money (元, 万元, 亿元)</source>
        <translation>金额（元、万元、亿元）</translation>
    </message>
    <message>
        <location filename="../../gui/compare/figures_dictionary_model.py" line="33"/>
        <source>Percent (%)</source>
        <translation>百分比（%）</translation>
    </message>
</context>
<context>
    <name>KeptSets</name>
    <message>
        <location filename="../../gui/compare/sets.py" line="55"/>
        <source>Comparisons kept in this archive</source>
        <translation>此档案中保存的比较</translation>
    </message>
    <message>
        <location filename="../../gui/compare/sets.py" line="57"/>
        <source>Save As…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <location filename="../../gui/compare/sets.py" line="60"/>
        <source>Comparison</source>
        <translation>比较</translation>
    </message>
    <message>
        <location filename="../../gui/compare/sets.py" line="63"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../gui/compare/sets.py" line="64"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../../gui/compare/sets.py" line="65"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../gui/compare/sets.py" line="68"/>
        <source>Notes on This Comparison</source>
        <translation>关于此比较的笔记</translation>
    </message>
    <message>
        <location filename="../../gui/compare/sets.py" line="73"/>
        <source>Comparison:</source>
        <translation>比较：</translation>
    </message>
    <message>
        <location filename="../../gui/compare/sets.py" line="82"/>
        <source>(not saved)</source>
        <translation>（未保存）</translation>
    </message>
    <message>
        <location filename="../../gui/compare/sets.py" line="130"/>
        <source>Add the places to compare first.</source>
        <translation>请先添加要比较的地方。</translation>
    </message>
    <message>
        <location filename="../../gui/compare/sets.py" line="134"/>
        <source>Save Comparison</source>
        <translation>保存比较</translation>
    </message>
    <message>
        <location filename="../../gui/compare/sets.py" line="135"/>
        <source>Name for this comparison:</source>
        <translation>此比较的名称：</translation>
    </message>
    <message>
        <location filename="../../gui/compare/sets.py" line="158"/>
        <source>Rename Comparison</source>
        <translation>重命名比较</translation>
    </message>
    <message>
        <location filename="../../gui/compare/sets.py" line="158"/>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <location filename="../../gui/compare/sets.py" line="172"/>
        <source>Delete Comparison</source>
        <translation>删除比较</translation>
    </message>
    <message>
        <location filename="../../gui/compare/sets.py" line="174"/>
        <source>Delete the comparison %1? Its notes go to the trash; Undo brings both back.</source>
        <translation>删除比较 %1？其笔记将移入回收站；撤销可一并恢复。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="105"/>
        <location filename="../../gui/main_window.py" line="511"/>
        <source>Clipfile</source>
        <translation>剪报档案</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="361"/>
        <source>Something went wrong: %1</source>
        <translation>出现错误：%1</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="351"/>
        <source>(in memory)</source>
        <translation>（内存中）</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="352"/>
        <source>%1 — Clipfile</source>
        <translation>%1 — 剪报档案</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="484"/>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="380"/>
        <source>New Archive</source>
        <translation>新建档案库</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="56"/>
        <source>Clipfile archives (*.sqlite *.db);;All files (*)</source>
        <translation>剪报档案库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="128"/>
        <source>Browse</source>
        <translation>浏览</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="132"/>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="139"/>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="146"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="153"/>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="160"/>
        <source>Captions</source>
        <translation>图片说明</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="167"/>
        <source>People</source>
        <translation>人物</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="370"/>
        <source>%1 already exists. Choose a new file name for the new archive.</source>
        <translation>%1 已存在。请为新档案库另取一个文件名。</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="390"/>
        <source>Open Archive</source>
        <translation>打开档案库</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="401"/>
        <source>No recent archives</source>
        <translation>没有最近打开的档案库</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="502"/>
        <source>Folding traditional characters needs the OpenCC package, which is not installed.</source>
        <translation>繁简统一需要 OpenCC 软件包，但尚未安装。</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="516"/>
        <source>About Clipfile</source>
        <translation>关于剪报档案</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="518"/>
        <source>&lt;h3&gt;Clipfile 剪报档案&lt;/h3&gt;&lt;p&gt;A desktop archive of newspaper articles and photo captions, for editors and archivists.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;剪报档案 Clipfile&lt;/h3&gt;&lt;p&gt;面向编辑和档案员的报刊文章与图片说明桌面档案库。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MatchBar</name>
    <message>
        <location filename="../../gui/compare/linking.py" line="35"/>
        <source>◀ Previous Match</source>
        <translation>◀ 上一处</translation>
    </message>
    <message>
        <location filename="../../gui/compare/linking.py" line="36"/>
        <source>Next Match ▶</source>
        <translation>下一处 ▶</translation>
    </message>
    <message>
        <location filename="../../gui/compare/linking.py" line="37"/>
        <source>Linked</source>
        <translation>联动</translation>
    </message>
    <message>
        <location filename="../../gui/compare/linking.py" line="41"/>
        <source>Next and previous match move every column&apos;s reader together</source>
        <translation>上一处、下一处同时移动每一栏的阅读器</translation>
    </message>
    <message>
        <location filename="../../gui/compare/linking.py" line="43"/>
        <source>Align</source>
        <translation>对齐</translation>
    </message>
    <message>
        <location filename="../../gui/compare/linking.py" line="44"/>
        <source>Every reader back to its first match</source>
        <translation>每个阅读器回到第一处匹配</translation>
    </message>
    <message>
        <location filename="../../gui/compare/linking.py" line="71"/>
        <source>Up to %1 places; drag a column&apos;s head to move it.</source>
        <translation>最多 %1 个地方；拖动栏头可移动该栏。</translation>
    </message>
    <message>
        <location filename="../../gui/compare/linking.py" line="92"/>
        <source>No match of the filter&apos;s words in the readers.</source>
        <translation>阅读器中没有筛选词的匹配。</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <location filename="../../gui/compare/matrix_model.py" line="138"/>
        <source>%1 · %2: %3 of its %4 records (%5)</source>
        <translation>%1 · %2：其 %4 条记录中的 %3 条（%5）</translation>
    </message>
    <message>
        <location filename="../../gui/compare/matrix_model.py" line="147"/>
        <source>%1 tagged passages</source>
        <translation>%1 处标注段落</translation>
    </message>
    <message>
        <location filename="../../gui/compare/matrix_model.py" line="167"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location filename="../../gui/compare/matrix_model.py" line="179"/>
        <source>%1 records under the filter</source>
        <translation>筛选下共 %1 条记录</translation>
    </message>
</context>
<context>
    <name>MatrixPanel</name>
    <message>
        <location filename="../../gui/compare/matrix_panel.py" line="92"/>
        <location filename="../../gui/compare/matrix_panel.py" line="226"/>
        <source>Choose a cell to read its passages.</source>
        <translation>选择一个单元格，阅读其标注段落。</translation>
    </message>
    <message>
        <location filename="../../gui/compare/matrix_panel.py" line="119"/>
        <source>Top-level tags</source>
        <translation>顶层标签</translation>
    </message>
    <message>
        <location filename="../../gui/compare/matrix_panel.py" line="122"/>
        <source>The rows are this tag&apos;s children (the top-level tags if empty)</source>
        <translation>各行为此标签的子标签（留空则为顶层标签）</translation>
    </message>
    <message>
        <location filename="../../gui/compare/matrix_panel.py" line="124"/>
        <source>Count each tag with its children</source>
        <translation>每个标签连同其子标签计数</translation>
    </message>
    <message>
        <location filename="../../gui/compare/matrix_panel.py" line="128"/>
        <source>Records</source>
        <translation>记录数</translation>
    </message>
    <message>
        <location filename="../../gui/compare/matrix_panel.py" line="129"/>
        <source>Present or absent</source>
        <translation>有无</translation>
    </message>
    <message>
        <location filename="../../gui/compare/matrix_panel.py" line="130"/>
        <source>Share of the place&apos;s records</source>
        <translation>占该地记录的比例</translation>
    </message>
    <message>
        <location filename="../../gui/compare/matrix_panel.py" line="133"/>
        <source>Transpose</source>
        <translation>转置</translation>
    </message>
    <message>
        <location filename="../../gui/compare/matrix_panel.py" line="134"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../../gui/compare/matrix_panel.py" line="144"/>
        <source>Rows:</source>
        <translation>行：</translation>
    </message>
    <message>
        <location filename="../../gui/compare/matrix_panel.py" line="194"/>
        <source>Add the places to compare first.</source>
        <translation>请先添加要比较的地方。</translation>
    </message>
    <message>
        <location filename="../../gui/compare/matrix_panel.py" line="199"/>
        <source>Counting…</source>
        <translation>正在计数…</translation>
    </message>
    <message>
        <location filename="../../gui/compare/matrix_panel.py" line="229"/>
        <source>Only the first %1 tags are shown.</source>
        <translation>只显示前 %1 个标签。</translation>
    </message>
    <message>
        <location filename="../../gui/compare/matrix_panel.py" line="236"/>
        <source>None of these places&apos; records under the filter carries these tags.</source>
        <translation>这些地方在此筛选下的记录都没有这些标签。</translation>
    </message>
    <message>
        <location filename="../../gui/compare/matrix_panel.py" line="246"/>
        <source>There is no tag called %1.</source>
        <translation>没有名为 %1 的标签。</translation>
    </message>
    <message>
        <location filename="../../gui/compare/matrix_panel.py" line="249"/>
        <source>This archive has no tags yet: tag records in the Browse view and their counts by place show here.</source>
        <translation>此档案还没有标签：在浏览视图中为记录加标签后，各地的计数会显示在这里。</translation>
    </message>
    <message>
        <location filename="../../gui/compare/matrix_panel.py" line="274"/>
        <source>%1 · %2: %3 passages</source>
        <translation>%1 · %2：%3 处段落</translation>
    </message>
    <message>
        <location filename="../../gui/compare/matrix_panel.py" line="305"/>
        <source>List Its Records in the Columns</source>
        <translation>在分栏中列出这些记录</translation>
    </message>
    <message>
        <location filename="../../gui/compare/matrix_panel.py" line="311"/>
        <source>Read Its Passages</source>
        <translation>阅读其标注段落</translation>
    </message>
    <message>
        <location filename="../../gui/compare/matrix_panel.py" line="314"/>
        <source>Notes on This Cell…</source>
        <translation>关于此单元格的笔记…</translation>
    </message>
    <message>
        <location filename="../../gui/compare/matrix_panel.py" line="336"/>
        <source>Export Matrix</source>
        <translation>导出矩阵</translation>
    </message>
    <message>
        <location filename="../../gui/compare/matrix_panel.py" line="343"/>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../gui/messages.py" line="94"/>
        <source>Edit article</source>
        <translation>编辑文章</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="95"/>
        <source>Move to trash</source>
        <translation>移到回收站</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="96"/>
        <source>Add note</source>
        <translation>添加笔记</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="97"/>
        <source>Tag</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="98"/>
        <source>Remove tag</source>
        <translation>移除标签</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="99"/>
        <source>Merge articles</source>
        <translation>合并文章</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="100"/>
        <source>Split article</source>
        <translation>拆分文章</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="101"/>
        <source>Paragraph to caption</source>
        <translation>段落改为图片说明</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="102"/>
        <source>Caption to paragraph</source>
        <translation>图片说明改为段落</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="103"/>
        <source>Move caption</source>
        <translation>移动图片说明</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="104"/>
        <source>Edit caption</source>
        <translation>编辑图片说明</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="105"/>
        <source>Edit people</source>
        <translation>编辑署名</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="106"/>
        <source>Place leftover</source>
        <translation>安置未归类文字</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="107"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="108"/>
        <source>Save search</source>
        <translation>保存搜索</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="109"/>
        <source>Delete saved search</source>
        <translation>删除保存的搜索</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="110"/>
        <source>Tag passage</source>
        <translation>标注段落</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="111"/>
        <source>Remove passage</source>
        <translation>删除段落标注</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="112"/>
        <source>Rename tag</source>
        <translation>重命名标签</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="113"/>
        <source>Move tag</source>
        <translation>移动标签</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="114"/>
        <source>Merge tags</source>
        <translation>合并标签</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="115"/>
        <source>Tag colour</source>
        <translation>标签颜色</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="116"/>
        <source>Describe tag</source>
        <translation>标签说明</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="117"/>
        <source>Delete tag</source>
        <translation>删除标签</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="118"/>
        <source>Restore tag</source>
        <translation>恢复标签</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="119"/>
        <source>Clear unused tags</source>
        <translation>清除未用标签</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="120"/>
        <source>Replace in tag names</source>
        <translation>替换标签名</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="121"/>
        <source>Import tags</source>
        <translation>导入标签</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="160"/>
        <source>an unmatched &apos;)&apos; was ignored</source>
        <translation>多余的“)”已忽略</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="163"/>
        <source>a &apos;(&apos; without its &apos;)&apos; was closed at the end</source>
        <translation>缺少“)”的“(”已在末尾补齐</translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../../gui/notes/editor.py" line="74"/>
        <source>Write in Markdown: **bold**, - lists, &gt; quotes, [[ links an article</source>
        <translation>用 Markdown 书写：**加粗**、- 列表、&gt; 引文，输入 [[ 可链接文章</translation>
    </message>
    <message>
        <location filename="../../gui/notes/editor.py" line="107"/>
        <source>Bold</source>
        <translation>加粗</translation>
    </message>
    <message>
        <location filename="../../gui/notes/editor.py" line="108"/>
        <source>Italic</source>
        <translation>斜体</translation>
    </message>
    <message>
        <location filename="../../gui/notes/editor.py" line="109"/>
        <source>Heading</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../gui/notes/editor.py" line="110"/>
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <location filename="../../gui/notes/editor.py" line="111"/>
        <source>Quote</source>
        <translation>引文</translation>
    </message>
    <message>
        <location filename="../../gui/notes/editor.py" line="112"/>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <location filename="../../gui/notes/editor.py" line="113"/>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <location filename="../../gui/notes/editor.py" line="114"/>
        <source>Link This Article</source>
        <translation>链接本文</translation>
    </message>
    <message>
        <location filename="../../gui/notes/editor.py" line="115"/>
        <source>Quote Selection</source>
        <translation>引用所选段落</translation>
    </message>
    <message>
        <location filename="../../gui/notes/editor.py" line="116"/>
        <source>Today&apos;s Date</source>
        <translation>今天的日期</translation>
    </message>
    <message>
        <location filename="../../gui/notes/editor.py" line="135"/>
        <source>This note is in the trash.</source>
        <translation>这条笔记在废纸篓中。</translation>
    </message>
    <message>
        <location filename="../../gui/notes/editor.py" line="159"/>
        <location filename="../../gui/notes/editor.py" line="200"/>
        <source>Saved</source>
        <translation>已保存</translation>
    </message>
    <message>
        <location filename="../../gui/notes/editor.py" line="173"/>
        <source>An empty note is not saved.</source>
        <translation>空笔记不会保存。</translation>
    </message>
    <message>
        <location filename="../../gui/notes/editor.py" line="175"/>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
    <message>
        <location filename="../../gui/notes/editor.py" line="224"/>
        <source>missing</source>
        <translation>已缺失</translation>
    </message>
    <message>
        <location filename="../../gui/notes/editor.py" line="226"/>
        <source>The preview shows the first %1 characters.</source>
        <translation>预览只显示前 %1 个字符。</translation>
    </message>
    <message>
        <location filename="../../gui/notes/editor.py" line="293"/>
        <source>text</source>
        <translation>文字</translation>
    </message>
    <message>
        <location filename="../../gui/notes/editor.py" line="308"/>
        <source>Select a passage in the reader first.</source>
        <translation>请先在阅读区选中一段文字。</translation>
    </message>
    <message>
        <location filename="../../gui/notes/editor.py" line="316"/>
        <source>page %1</source>
        <translation>第%1版</translation>
    </message>
</context>
<context>
    <name>NotesListModel</name>
    <message>
        <location filename="../../gui/notes/list_model.py" line="23"/>
        <source>Changed</source>
        <translation>修改时间</translation>
    </message>
    <message>
        <location filename="../../gui/notes/list_model.py" line="24"/>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <location filename="../../gui/notes/list_model.py" line="25"/>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <location filename="../../gui/notes/list_model.py" line="26"/>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location filename="../../gui/notes/list_model.py" line="29"/>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../../gui/notes/list_model.py" line="30"/>
        <source>Caption</source>
        <translation>图片说明</translation>
    </message>
    <message>
        <location filename="../../gui/notes/list_model.py" line="31"/>
        <source>Passage</source>
        <translation>段落</translation>
    </message>
    <message>
        <location filename="../../gui/notes/list_model.py" line="32"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../gui/notes/list_model.py" line="33"/>
        <source>County</source>
        <translation>县(市、区)</translation>
    </message>
    <message>
        <location filename="../../gui/notes/list_model.py" line="34"/>
        <source>Tag</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <location filename="../../gui/notes/list_model.py" line="35"/>
        <source>Saved search</source>
        <translation>保存的搜索</translation>
    </message>
    <message>
        <location filename="../../gui/notes/list_model.py" line="36"/>
        <source>Journal</source>
        <translation>工作日志</translation>
    </message>
    <message>
        <location filename="../../gui/notes/list_model.py" line="37"/>
        <source>Comparison</source>
        <translation>比较</translation>
    </message>
    <message>
        <location filename="../../gui/notes/list_model.py" line="38"/>
        <source>Matrix cell</source>
        <translation>矩阵单元格</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../gui/notes/panel.py" line="266"/>
        <source>The %1 newest of %2 notes; the Notes view lists them all.</source>
        <translation>仅显示最新的 %1 条笔记（共 %2 条），“笔记”视图列出全部。</translation>
    </message>
    <message>
        <location filename="../../gui/notes/panel.py" line="87"/>
        <source>Add Note</source>
        <translation>添加笔记</translation>
    </message>
    <message>
        <location filename="../../gui/notes/panel.py" line="88"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../../gui/notes/panel.py" line="189"/>
        <source>Notes</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location filename="../../gui/notes/panel.py" line="197"/>
        <source>Notes (%1)</source>
        <translation>笔记（%1）</translation>
    </message>
    <message>
        <location filename="../../gui/notes/panel.py" line="198"/>
        <source>missing</source>
        <translation>已缺失</translation>
    </message>
    <message>
        <location filename="../../gui/notes/panel.py" line="215"/>
        <source>Showing the note…</source>
        <translation>正在显示笔记…</translation>
    </message>
    <message>
        <location filename="../../gui/notes/panel.py" line="257"/>
        <source>… The note goes on: Edit shows it whole.</source>
        <translation>……笔记还有下文：点“编辑”可看全文。</translation>
    </message>
    <message>
        <location filename="../../gui/notes/panel.py" line="273"/>
        <source>No notes yet.</source>
        <translation>暂无笔记。</translation>
    </message>
    <message>
        <location filename="../../gui/notes/panel.py" line="275"/>
        <source>Linked from</source>
        <translation>链接到此处的笔记</translation>
    </message>
    <message>
        <location filename="../../gui/notes/panel.py" line="276"/>
        <source>Named in</source>
        <translation>提到它的笔记</translation>
    </message>
    <message>
        <location filename="../../gui/notes/panel.py" line="281"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../gui/notes/panel.py" line="281"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>NotesView</name>
    <message>
        <location filename="../../gui/notes/view.py" line="93"/>
        <source>Search notes (the search box&apos;s language: 核实 city:焦作 tag:人才)</source>
        <translation>搜索笔记（与搜索框相同的写法：核实 city:焦作 tag:人才）</translation>
    </message>
    <message>
        <location filename="../../gui/notes/view.py" line="97"/>
        <source>About anything</source>
        <translation>关于任何内容</translation>
    </message>
    <message>
        <location filename="../../gui/notes/view.py" line="105"/>
        <source>Any time</source>
        <translation>任何时间</translation>
    </message>
    <message>
        <location filename="../../gui/notes/view.py" line="106"/>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location filename="../../gui/notes/view.py" line="107"/>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <location filename="../../gui/notes/view.py" line="108"/>
        <source>Last year</source>
        <translation>最近一年</translation>
    </message>
    <message>
        <location filename="../../gui/notes/view.py" line="113"/>
        <source>Trash</source>
        <translation>废纸篓</translation>
    </message>
    <message>
        <location filename="../../gui/notes/view.py" line="114"/>
        <location filename="../../gui/notes/view.py" line="237"/>
        <source>New Journal Note</source>
        <translation>新建工作日志</translation>
    </message>
    <message>
        <location filename="../../gui/notes/view.py" line="116"/>
        <source>All Notes</source>
        <translation>全部笔记</translation>
    </message>
    <message>
        <location filename="../../gui/notes/view.py" line="151"/>
        <source>Show What It Is About</source>
        <translation>查看所关联的内容</translation>
    </message>
    <message>
        <location filename="../../gui/notes/view.py" line="152"/>
        <source>Versions…</source>
        <translation>历史版本…</translation>
    </message>
    <message>
        <location filename="../../gui/notes/view.py" line="153"/>
        <location filename="../../gui/notes/view.py" line="354"/>
        <source>Move to Trash</source>
        <translation>移到废纸篓</translation>
    </message>
    <message>
        <location filename="../../gui/notes/view.py" line="230"/>
        <location filename="../../gui/notes/view.py" line="247"/>
        <source>Only notes on %1</source>
        <translation>只看关于“%1”的笔记</translation>
    </message>
    <message>
        <location filename="../../gui/notes/view.py" line="235"/>
        <location filename="../../gui/notes/view.py" line="250"/>
        <source>New Note on %1</source>
        <translation>新建关于“%1”的笔记</translation>
    </message>
    <message>
        <location filename="../../gui/notes/view.py" line="264"/>
        <source>Anyone</source>
        <translation>任何人</translation>
    </message>
    <message>
        <location filename="../../gui/notes/view.py" line="303"/>
        <source>%1 notes</source>
        <translation>%1 条笔记</translation>
    </message>
    <message>
        <location filename="../../gui/notes/view.py" line="352"/>
        <source>Restore from Trash</source>
        <translation>从废纸篓恢复</translation>
    </message>
</context>
<context>
    <name>PersonFilterBar</name>
    <message>
        <location filename="../../gui/people/filter_bar.py" line="22"/>
        <source>Person Page</source>
        <translation>人物页</translation>
    </message>
    <message>
        <location filename="../../gui/people/filter_bar.py" line="23"/>
        <source>✕ Show Everyone</source>
        <translation>✕ 显示所有人</translation>
    </message>
    <message>
        <location filename="../../gui/people/filter_bar.py" line="42"/>
        <source>Showing the records of %1</source>
        <translation>正在显示 %1 的稿件</translation>
    </message>
</context>
<context>
    <name>PersonRecordsModel</name>
    <message>
        <location filename="../../gui/people/records_model.py" line="21"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../gui/people/records_model.py" line="22"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../gui/people/records_model.py" line="23"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../gui/people/records_model.py" line="24"/>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <location filename="../../gui/people/records_model.py" line="25"/>
        <source>Role</source>
        <translation>身份</translation>
    </message>
</context>
<context>
    <name>PersonView</name>
    <message>
        <location filename="../../gui/people/records_model.py" line="28"/>
        <source>Reporter</source>
        <translation>记者</translation>
    </message>
    <message>
        <location filename="../../gui/people/records_model.py" line="29"/>
        <source>Correspondent</source>
        <translation>通讯员</translation>
    </message>
    <message>
        <location filename="../../gui/people/records_model.py" line="30"/>
        <source>Photographer</source>
        <translation>摄影</translation>
    </message>
    <message>
        <location filename="../../gui/people/records_model.py" line="31"/>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <location filename="../../gui/people/records_model.py" line="32"/>
        <source>Editor</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../gui/people/view.py" line="73"/>
        <source>A reporter&apos;s or photographer&apos;s name</source>
        <translation>记者或摄影者的姓名</translation>
    </message>
    <message>
        <location filename="../../gui/people/view.py" line="81"/>
        <source>✕ Close Page</source>
        <translation>✕ 关闭此页</translation>
    </message>
    <message>
        <location filename="../../gui/people/view.py" line="82"/>
        <source>Merge Another Spelling…</source>
        <translation>合并另一种写法…</translation>
    </message>
    <message>
        <location filename="../../gui/people/view.py" line="93"/>
        <source>County</source>
        <translation>县区</translation>
    </message>
    <message>
        <location filename="../../gui/people/view.py" line="93"/>
        <location filename="../../gui/people/view.py" line="108"/>
        <location filename="../../gui/people/view.py" line="139"/>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../../gui/people/view.py" line="93"/>
        <location filename="../../gui/people/view.py" line="108"/>
        <location filename="../../gui/people/view.py" line="140"/>
        <source>Captions</source>
        <translation>图片说明</translation>
    </message>
    <message>
        <location filename="../../gui/people/view.py" line="95"/>
        <source>Places covered</source>
        <translation>报道过的地方</translation>
    </message>
    <message>
        <location filename="../../gui/people/view.py" line="95"/>
        <source>Records</source>
        <translation>稿件</translation>
    </message>
    <message>
        <location filename="../../gui/people/view.py" line="108"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location filename="../../gui/people/view.py" line="132"/>
        <source>Records by year</source>
        <translation>各年稿件</translation>
    </message>
    <message>
        <location filename="../../gui/people/view.py" line="188"/>
        <source>Nobody called %1 is credited in this archive.</source>
        <translation>本档案中没有署名为 %1 的人。</translation>
    </message>
    <message>
        <location filename="../../gui/people/view.py" line="232"/>
        <source>People</source>
        <translation>人物</translation>
    </message>
    <message>
        <location filename="../../gui/people/view.py" line="196"/>
        <location filename="../../gui/people/view.py" line="245"/>
        <source>Person: %1</source>
        <translation>人物：%1</translation>
    </message>
    <message>
        <location filename="../../gui/people/view.py" line="248"/>
        <source>%1 articles and %2 captions (%3)</source>
        <translation>%1 篇文章，%2 条图片说明（%3）</translation>
    </message>
    <message>
        <location filename="../../gui/people/view.py" line="254"/>
        <source>also spelled %1</source>
        <translation>也写作 %1</translation>
    </message>
    <message>
        <location filename="../../gui/people/records_model.py" line="37"/>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../../gui/people/records_model.py" line="38"/>
        <source>Caption</source>
        <translation>图片说明</translation>
    </message>
    <message>
        <location filename="../../gui/people/view.py" line="272"/>
        <source>Also in the archive as %1</source>
        <translation>档案中另有写法 %1</translation>
    </message>
    <message>
        <location filename="../../gui/people/view.py" line="276"/>
        <source>Merge Into %1</source>
        <translation>合并到 %1</translation>
    </message>
    <message>
        <location filename="../../gui/people/view.py" line="361"/>
        <source>Merge Another Spelling</source>
        <translation>合并另一种写法</translation>
    </message>
    <message>
        <location filename="../../gui/people/view.py" line="362"/>
        <source>Everything credited to this name is credited to %1:</source>
        <translation>署这个名字的稿件都将记在 %1 名下：</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../gui/preferences.py" line="23"/>
        <source>Preferences</source>
        <translation>偏好设置</translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="26"/>
        <source>Your name, recorded with every edit</source>
        <translation>您的姓名，每次编辑都会记录</translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="29"/>
        <source>System language</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="41"/>
        <source>Editor name:</source>
        <translation>编辑姓名：</translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="42"/>
        <source>Language (after restart):</source>
        <translation>界面语言（重启后生效）：</translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="45"/>
        <source>Search this archive&apos;s traditional and simplified characters alike (rebuilds its search index)</source>
        <translation>搜索此档案库时不区分繁体字和简体字（将重建搜索索引）</translation>
    </message>
</context>
<context>
    <name>RecordDelegate</name>
    <message>
        <location filename="../../gui/compare/record_delegate.py" line="21"/>
        <source>Caption</source>
        <translation>图片说明</translation>
    </message>
    <message>
        <location filename="../../gui/compare/record_delegate.py" line="22"/>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
    <message>
        <location filename="../../gui/compare/record_delegate.py" line="89"/>
        <source>mentions</source>
        <translation>提及</translation>
    </message>
</context>
<context>
    <name>RecordTreeModel</name>
    <message>
        <location filename="../../gui/review/record_tree_model.py" line="143"/>
        <source>Caption: </source>
        <translation>图片说明：</translation>
    </message>
    <message>
        <location filename="../../gui/review/record_tree_model.py" line="144"/>
        <source>Left over: </source>
        <translation>未归类：</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../gui/maintenance/backups.py" line="29"/>
        <source>Restore from Backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../gui/maintenance/backups.py" line="34"/>
        <source>Restoring replaces the archive with the backup you choose. The archive as it is now is kept as a backup of its own first, so nothing is lost.</source>
        <translation>恢复会用所选备份替换当前档案。当前档案会先另存为一份备份，不会丢失任何内容。</translation>
    </message>
    <message>
        <location filename="../../gui/maintenance/backups.py" line="40"/>
        <source>This archive has no backups yet. Clipfile makes one when you close it after a change (at most every half hour), before an upgrade, and whenever you choose File ▸ Back Up Now.</source>
        <translation>此档案还没有备份。剪报档案会在有改动后关闭时（最多每半小时一次）、升级之前，以及您选择“文件 ▸ 立即备份”时自动备份。</translation>
    </message>
    <message>
        <location filename="../../gui/maintenance/backups.py" line="63"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <location filename="../../gui/review/window.py" line="80"/>
        <source>Review Imports</source>
        <translation>导入审校</translation>
    </message>
    <message>
        <location filename="../../gui/review/window.py" line="111"/>
        <source>Fixes</source>
        <translation>修正</translation>
    </message>
    <message>
        <location filename="../../gui/review/window.py" line="115"/>
        <source>Merge with Next Article</source>
        <translation>与下一篇合并</translation>
    </message>
    <message>
        <location filename="../../gui/review/window.py" line="117"/>
        <source>Split Here</source>
        <translation>从此处拆分</translation>
    </message>
    <message>
        <location filename="../../gui/review/window.py" line="118"/>
        <source>Make Caption</source>
        <translation>改为图片说明</translation>
    </message>
    <message>
        <location filename="../../gui/review/window.py" line="120"/>
        <source>Make Paragraph</source>
        <translation>改为正文段落</translation>
    </message>
    <message>
        <location filename="../../gui/review/window.py" line="122"/>
        <source>Move Caption…</source>
        <translation>移动图片说明…</translation>
    </message>
    <message>
        <location filename="../../gui/review/window.py" line="123"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../gui/review/window.py" line="125"/>
        <source>Place Leftover…</source>
        <translation>安置未归类文字…</translation>
    </message>
    <message>
        <location filename="../../gui/review/window.py" line="128"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../gui/review/window.py" line="130"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../gui/review/window.py" line="154"/>
        <source>No files have been imported into this archive yet. Use File ▸ Import Files… or drop page files on the main window; each file then appears here beside the records made from it.</source>
        <translation>此档案库还没有导入任何文件。请使用“文件 ▸ 导入文件…”，或把版面文件拖到主窗口；导入后，每个文件会与由它生成的记录并排显示在这里。</translation>
    </message>
    <message>
        <location filename="../../gui/review/window.py" line="281"/>
        <source>There is no next article to merge.</source>
        <translation>后面没有可合并的文章。</translation>
    </message>
    <message>
        <location filename="../../gui/review/window.py" line="308"/>
        <source>(no article)</source>
        <translation>（不属于任何文章）</translation>
    </message>
    <message>
        <location filename="../../gui/review/window.py" line="311"/>
        <source>Move Caption</source>
        <translation>移动图片说明</translation>
    </message>
    <message>
        <location filename="../../gui/review/window.py" line="312"/>
        <source>Attach the caption to:</source>
        <translation>将图片说明归入：</translation>
    </message>
    <message>
        <location filename="../../gui/review/window.py" line="328"/>
        <source>(not article text: leave it in the source)</source>
        <translation>（不是正文：只保留在原始文件中）</translation>
    </message>
    <message>
        <location filename="../../gui/review/window.py" line="332"/>
        <source>Place Leftover</source>
        <translation>安置未归类文字</translation>
    </message>
    <message>
        <location filename="../../gui/review/window.py" line="333"/>
        <source>Add the fragment as the last paragraph of:</source>
        <translation>将这段文字添加为以下文章的最后一段：</translation>
    </message>
</context>
<context>
    <name>SafeBrowser</name>
    <message>
        <location filename="../../gui/safe_browser.py" line="21"/>
        <source>Picture not shown: it is not in the archive&apos;s media folder.</source>
        <translation>图片未显示：它不在本档案的图片文件夹中。</translation>
    </message>
    <message>
        <location filename="../../gui/safe_browser.py" line="24"/>
        <source>Picture not shown: the file is missing from the media folder.</source>
        <translation>图片未显示：图片文件夹中没有这个文件。</translation>
    </message>
</context>
<context>
    <name>SourceListModel</name>
    <message>
        <location filename="../../gui/review/source_list_model.py" line="47"/>
        <source>%1 articles · %2 captions</source>
        <translation>%1 篇文章 · %2 条图片说明</translation>
    </message>
    <message>
        <location filename="../../gui/review/source_list_model.py" line="54"/>
        <source> · %1 left over</source>
        <translation> · %1 段未归类</translation>
    </message>
</context>
<context>
    <name>TagBar</name>
    <message>
        <location filename="../../gui/tags/tag_bar.py" line="106"/>
        <source>Tags:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <location filename="../../gui/tags/tag_bar.py" line="115"/>
        <source>Tagged passages: click to show one</source>
        <translation>已标注的段落：点击可定位</translation>
    </message>
    <message>
        <location filename="../../gui/tags/tag_bar.py" line="173"/>
        <source>Keys 1–9 tag the selected articles:</source>
        <translation>数字键 1–9 为所选文章加标签：</translation>
    </message>
    <message>
        <location filename="../../gui/tags/tag_bar.py" line="177"/>
        <source>Press a number in the list or the reader: the articles selected get that tag, or lose it when all of them have it. Right-click a tag in the sidebar ▸ Favourite Key to choose.</source>
        <translation>在列表或阅读区按数字键：所选文章加上该标签；若它们都已有该标签，则去掉。在侧栏右键单击标签 ▸ 常用标签键来设定。</translation>
    </message>
    <message>
        <location filename="../../gui/tags/tag_bar.py" line="205"/>
        <source>Suggest tags</source>
        <translation>推荐标签</translation>
    </message>
    <message>
        <location filename="../../gui/tags/tag_bar.py" line="219"/>
        <source>Similar articles carry:</source>
        <translation>相似文章的标签：</translation>
    </message>
    <message>
        <location filename="../../gui/tags/tag_bar.py" line="220"/>
        <source>The text names:</source>
        <translation>正文提到：</translation>
    </message>
    <message>
        <location filename="../../gui/tags/tag_bar.py" line="232"/>
        <source>No tags to suggest for this article.</source>
        <translation>这篇文章没有可推荐的标签。</translation>
    </message>
    <message>
        <location filename="../../gui/tags/tag_bar.py" line="248"/>
        <source>Remove this tag</source>
        <translation>去掉此标签</translation>
    </message>
    <message>
        <location filename="../../gui/tags/tag_bar.py" line="272"/>
        <source>(no longer found in the text)</source>
        <translation>（正文中已找不到）</translation>
    </message>
    <message>
        <location filename="../../gui/tags/tag_bar.py" line="326"/>
        <source>That passage is no longer in the article&apos;s text.</source>
        <translation>该段落已不在文章正文中。</translation>
    </message>
    <message>
        <location filename="../../gui/tags/tag_bar.py" line="351"/>
        <source>Tag the passage selected in the reader… (Enter)</source>
        <translation>给阅读区中选中的段落加标签…（回车）</translation>
    </message>
    <message>
        <location filename="../../gui/tags/tag_bar.py" line="353"/>
        <source>Add a tag… (Ctrl+T, Enter)</source>
        <translation>加标签…（Ctrl+T，回车）</translation>
    </message>
    <message>
        <location filename="../../gui/tags/tag_bar.py" line="365"/>
        <location filename="../../gui/tags/tag_bar.py" line="409"/>
        <source>Select some of the article&apos;s text in the reader first.</source>
        <translation>请先在阅读区选中文章正文的一段文字。</translation>
    </message>
    <message>
        <location filename="../../gui/tags/tag_bar.py" line="418"/>
        <source>Tagged the passage %1.</source>
        <translation>已给该段落加上 %1。</translation>
    </message>
    <message>
        <location filename="../../gui/tags/tag_bar.py" line="429"/>
        <source>This article is tagged %1 already.</source>
        <translation>这篇文章已有标签 %1。</translation>
    </message>
    <message>
        <location filename="../../gui/tags/tag_bar.py" line="434"/>
        <source>Tagged %1.</source>
        <translation>已加标签 %1。</translation>
    </message>
</context>
<context>
    <name>TagManagerView</name>
    <message>
        <location filename="../../gui/tags/manager.py" line="129"/>
        <source>Find a tag…</source>
        <translation>查找标签…</translation>
    </message>
    <message>
        <location filename="../../gui/tags/manager.py" line="142"/>
        <source>Rename…</source>
        <translation>重命名…</translation>
    </message>
    <message>
        <location filename="../../gui/tags/manager.py" line="143"/>
        <source>Merge Into…</source>
        <translation>合并到…</translation>
    </message>
    <message>
        <location filename="../../gui/tags/manager.py" line="144"/>
        <source>Move To Top</source>
        <translation>移到顶层</translation>
    </message>
    <message>
        <location filename="../../gui/tags/manager.py" line="145"/>
        <source>Colour…</source>
        <translation>颜色…</translation>
    </message>
    <message>
        <location filename="../../gui/tags/manager.py" line="146"/>
        <source>Describe…</source>
        <translation>说明…</translation>
    </message>
    <message>
        <location filename="../../gui/tags/manager.py" line="147"/>
        <location filename="../../gui/tags/manager.py" line="362"/>
        <source>Favourite Key…</source>
        <translation>常用标签键…</translation>
    </message>
    <message>
        <location filename="../../gui/tags/manager.py" line="148"/>
        <source>Find &amp;&amp; Replace…</source>
        <translation>查找和替换…</translation>
    </message>
    <message>
        <location filename="../../gui/tags/manager.py" line="149"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../gui/tags/manager.py" line="150"/>
        <source>Clear Unused</source>
        <translation>清除未用</translation>
    </message>
    <message>
        <location filename="../../gui/tags/manager.py" line="151"/>
        <source>Notes on this tag…</source>
        <translation>此标签的笔记…</translation>
    </message>
    <message>
        <location filename="../../gui/tags/manager.py" line="152"/>
        <source>Show Articles</source>
        <translation>显示文章</translation>
    </message>
    <message>
        <location filename="../../gui/tags/manager.py" line="153"/>
        <source>Export Tags…</source>
        <translation>导出标签…</translation>
    </message>
    <message>
        <location filename="../../gui/tags/manager.py" line="154"/>
        <source>Import Tags…</source>
        <translation>导入标签…</translation>
    </message>
    <message>
        <location filename="../../gui/tags/manager.py" line="165"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../gui/tags/manager.py" line="170"/>
        <source>Deleted tags</source>
        <translation>已删除的标签</translation>
    </message>
    <message>
        <location filename="../../gui/tags/manager.py" line="180"/>
        <source>Drag a tag onto another to put it below that one; onto the empty space to put it at the top.</source>
        <translation>把标签拖到另一个标签上即放到其下级；拖到空白处即移到顶层。</translation>
    </message>
    <message>
        <location filename="../../gui/tags/manager.py" line="241"/>
        <source>%1 (%2 taggings)</source>
        <translation>%1（%2 处标注）</translation>
    </message>
    <message>
        <location filename="../../gui/tags/manager.py" line="248"/>
        <source>No deleted tags</source>
        <translation>没有已删除的标签</translation>
    </message>
    <message>
        <location filename="../../gui/tags/manager.py" line="249"/>
        <source>A tag you delete waits here until restored.</source>
        <translation>删除的标签会留在这里，直到恢复。</translation>
    </message>
    <message>
        <location filename="../../gui/tags/manager.py" line="290"/>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../gui/tags/manager.py" line="291"/>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../../gui/tags/manager.py" line="292"/>
        <source>Own</source>
        <translation>自身</translation>
    </message>
    <message>
        <location filename="../../gui/tags/manager.py" line="293"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location filename="../../gui/tags/manager.py" line="387"/>
        <source>Choose a tag in the tree first.</source>
        <translation>请先在标签树中选一个标签。</translation>
    </message>
    <message>
        <location filename="../../gui/tags/manager.py" line="406"/>
        <source>Tag Colour</source>
        <translation>标签颜色</translation>
    </message>
    <message>
        <location filename="../../gui/tags/manager.py" line="410"/>
        <source>Tag exports (*.json *.csv);;All files (*)</source>
        <translation>标签导出文件 (*.json *.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../gui/tags/manager.py" line="413"/>
        <source>Export Tags</source>
        <translation>导出标签</translation>
    </message>
    <message>
        <location filename="../../gui/tags/manager.py" line="415"/>
        <source>Import Tags</source>
        <translation>导入标签</translation>
    </message>
    <message>
        <location filename="../../gui/tags/manager.py" line="418"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/tags/manager.py" line="425"/>
        <source>%1 (%Ln article(s)</source>
        <translation>
            <numerusform>%1（%Ln 篇文章</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/tags/manager.py" line="426"/>
        <source>, %Ln tag(s) in all)</source>
        <translation>
            <numerusform>，共 %Ln 个标签）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/tags/manager.py" line="445"/>
        <source>Rename Tag</source>
        <translation>重命名标签</translation>
    </message>
    <message>
        <location filename="../../gui/tags/manager.py" line="446"/>
        <source>New name for %1 (/ for a place elsewhere in the tree):</source>
        <translation>%1 的新名称（用 / 可移到树中别处）：</translation>
    </message>
    <message>
        <location filename="../../gui/tags/manager.py" line="464"/>
        <source>%1 exists already. Merge %2 into %3? Its articles and the tags below it join %3; a backup of the archive is made first.</source>
        <translation>%1 已存在。把 %2 合并到 %3 吗？它的文章和下级标签将并入 %3；合并前会先备份档案。</translation>
    </message>
    <message>
        <location filename="../../gui/tags/manager.py" line="472"/>
        <location filename="../../gui/tags/manager.py" line="493"/>
        <location filename="../../gui/tags/manager.py" line="508"/>
        <source>Merge Tags</source>
        <translation>合并标签</translation>
    </message>
    <message>
        <location filename="../../gui/tags/manager.py" line="490"/>
        <source>Choose the tags to merge in the tree first.</source>
        <translation>请先在标签树中选中要合并的标签。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/tags/manager.py" line="494"/>
        <source>Merge %Ln tag(s) into:</source>
        <translation>
            <numerusform>把 %Ln 个标签合并到：</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/tags/manager.py" line="504"/>
        <source>Merge %1 into %2? A backup of the archive is made first.</source>
        <translation>把 %1 合并到 %2 吗？合并前会先备份档案。</translation>
    </message>
    <message>
        <location filename="../../gui/tags/manager.py" line="543"/>
        <source>Describe Tag</source>
        <translation>标签说明</translation>
    </message>
    <message>
        <location filename="../../gui/tags/manager.py" line="544"/>
        <source>What %1 is for:</source>
        <translation>%1 的用途：</translation>
    </message>
    <message>
        <location filename="../../gui/tags/manager.py" line="551"/>
        <location filename="../../gui/tags/manager.py" line="555"/>
        <source>Find &amp; Replace</source>
        <translation>查找和替换</translation>
    </message>
    <message>
        <location filename="../../gui/tags/manager.py" line="551"/>
        <source>Find in tag names:</source>
        <translation>在标签名中查找：</translation>
    </message>
    <message>
        <location filename="../../gui/tags/manager.py" line="556"/>
        <source>Replace “%1” with:</source>
        <translation>把“%1”替换为：</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/tags/manager.py" line="562"/>
        <source>Renamed %Ln tag(s).</source>
        <translation>
            <numerusform>已重命名 %Ln 个标签。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/tags/manager.py" line="569"/>
        <source>Move %1 to the trash? Its articles lose the tag until it is restored from the trash. A backup of the archive is made first.</source>
        <translation>把 %1 移到回收站吗？在从回收站恢复之前，它的文章将失去此标签。删除前会先备份档案。</translation>
    </message>
    <message>
        <location filename="../../gui/tags/manager.py" line="572"/>
        <source>Delete Tag</source>
        <translation>删除标签</translation>
    </message>
    <message>
        <location filename="../../gui/tags/manager.py" line="579"/>
        <source>Choose a deleted tag first.</source>
        <translation>请先选一个已删除的标签。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/tags/manager.py" line="587"/>
        <source>Cleared %Ln unused tag(s).</source>
        <translation>
            <numerusform>已清除 %Ln 个未用标签。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/tags/manager.py" line="602"/>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/tags/manager.py" line="607"/>
        <source>Exported %Ln tag(s).</source>
        <translation>
            <numerusform>已导出 %Ln 个标签。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/tags/manager.py" line="618"/>
        <source>Could not read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../../gui/tags/manager.py" line="627"/>
        <source>Tags matched by UUID: %1, by path: %2, new: %3. Taggings added: %4; skipped (no such article here): %5.</source>
        <translation>按 UUID 匹配的标签：%1，按路径匹配：%2，新建：%3。新增标注：%4；跳过（本档案中没有该文章）：%5。</translation>
    </message>
</context>
<context>
    <name>TagTreePanel</name>
    <message>
        <location filename="../../gui/tags/tree_panel.py" line="106"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../gui/tags/tree_panel.py" line="107"/>
        <source>Here / all</source>
        <translation>当前 / 全部</translation>
    </message>
    <message>
        <location filename="../../gui/tags/tree_panel.py" line="107"/>
        <source>Articles</source>
        <translation>文章</translation>
    </message>
    <message>
        <location filename="../../gui/tags/tree_panel.py" line="155"/>
        <source>Own: %1 · with tags below: %2</source>
        <translation>自身：%1 · 含下级：%2</translation>
    </message>
    <message>
        <location filename="../../gui/tags/tree_panel.py" line="161"/>
        <source>In the whole archive: %1 · with tags below: %2</source>
        <translation>整个档案：%1 · 含下级：%2</translation>
    </message>
    <message>
        <location filename="../../gui/tags/tree_panel.py" line="167"/>
        <source>Click to filter; Ctrl+click to leave out. Drop list rows here to tag them (Shift: untag).</source>
        <translation>点击筛选；Ctrl+点击排除。把列表中的行拖到这里即加标签（按住 Shift 则去掉）。</translation>
    </message>
    <message>
        <location filename="../../gui/tags/tree_panel.py" line="199"/>
        <source>Tag Selected Articles</source>
        <translation>给选中的文章加标签</translation>
    </message>
    <message>
        <location filename="../../gui/tags/tree_panel.py" line="203"/>
        <source>Untag Selected Articles</source>
        <translation>去掉选中文章的此标签</translation>
    </message>
    <message>
        <location filename="../../gui/tags/tree_panel.py" line="208"/>
        <source>Leave Out of the List</source>
        <translation>从列表中排除</translation>
    </message>
    <message>
        <location filename="../../gui/tags/tree_panel.py" line="212"/>
        <source>Notes on this tag…</source>
        <translation>此标签的笔记…</translation>
    </message>
    <message>
        <location filename="../../gui/tags/tree_panel.py" line="222"/>
        <source>Manage Tags…</source>
        <translation>管理标签…</translation>
    </message>
</context>
<context>
    <name>Thumbnails</name>
    <message>
        <location filename="../../gui/captions/thumbnails.py" line="93"/>
        <source>cannot show</source>
        <translation>无法显示</translation>
    </message>
    <message>
        <location filename="../../gui/captions/thumbnails.py" line="94"/>
        <source>loading…</source>
        <translation>加载中…</translation>
    </message>
</context>
<context>
    <name>UpgradeProgress</name>
    <message>
        <location filename="../../gui/upgrade_progress.py" line="42"/>
        <source>Upgrading the archive</source>
        <translation>正在升级档案库</translation>
    </message>
    <message>
        <location filename="../../gui/upgrade_progress.py" line="18"/>
        <source>Step 2 of 2: %1 is brought up to this version&apos;s format…</source>
        <translation>第 2 步，共 2 步：正在将 %1 升级为本版本的格式…</translation>
    </message>
    <message>
        <location filename="../../gui/upgrade_progress.py" line="21"/>
        <source>%1 was written by an older version of Clipfile. Step 1 of 2: a copy of it is kept beside it before it is upgraded…</source>
        <translation>%1 由较早版本的剪报档案写成。第 1 步，共 2 步：升级前先在它旁边保留一份副本…</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <location filename="../../gui/notes/versions.py" line="29"/>
        <source>Note Versions</source>
        <translation>笔记的历史版本</translation>
    </message>
    <message>
        <location filename="../../gui/notes/versions.py" line="33"/>
        <source>Version %1 · %2 · %3</source>
        <translation>第 %1 版 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../../gui/notes/versions.py" line="40"/>
        <source> (now)</source>
        <translation>（当前）</translation>
    </message>
    <message>
        <location filename="../../gui/notes/versions.py" line="51"/>
        <source>Restore This Version</source>
        <translation>恢复此版本</translation>
    </message>
</context>
</TS>
