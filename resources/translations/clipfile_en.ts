<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <location filename="../../gui/messages.py" line="20"/>
        <source>There is no archive at %1.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="22"/>
        <source>%1 is not a Clipfile archive. The file was left as it is.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="25"/>
        <source>%1 is empty, so it is not a Clipfile archive. The file was left as it is.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="28"/>
        <source>%1 is read-only and needs an upgrade before this version of Clipfile can open it. Make the file writable and try again.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="31"/>
        <source>That record is no longer in the archive.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="32"/>
        <source>There is nothing to undo.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="34"/>
        <source>The archive is being backed up before an edit; try again when the backup is done.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="41"/>
        <source>%1 was written by a newer version of Clipfile (archive format %2; this version reads up to %3). Update Clipfile to open it. The file was left as it is.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="56"/>
        <source>This archive is open read-only; changes cannot be saved.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="60"/>
        <source>Clipfile could not use %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="82"/>
        <source>The picture&apos;s file is missing from the archive&apos;s media folder.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="83"/>
        <source>The picture is too large to show.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="85"/>
        <source>This is not a picture Clipfile can read (JPEG, PNG, GIF, TIFF, WebP or BMP).</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="88"/>
        <source>The picture is damaged (cut short or corrupt).</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="72"/>
        <source>%1 was not attached: %2</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="133"/>
        <source>This file was imported before.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="134"/>
        <source>Same text as %1, imported before.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="135"/>
        <source>The file is empty.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="136"/>
        <source>Too large for one page (%1 MB). Split it into pages.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="137"/>
        <source>Not a text file.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="138"/>
        <source>The text is in no encoding Clipfile knows.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="139"/>
        <source>The file could not be read: %1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="140"/>
        <source>The file has no Chinese text.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="141"/>
        <source>The file is not valid %1.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="143"/>
        <source>%1 bytes could not be decoded; shown as �, kept in the source.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="145"/>
        <source>The archive refused the file: %1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="147"/>
        <source>Not kept: an error in a later file undid the batch this file was written with. Import it again.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="150"/>
        <source>Clipfile could not read this page (%1). The file was skipped.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="152"/>
        <source>This is the archive&apos;s own file (or its journal), not a page.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="174"/>
        <source>%1 is not a field; it was searched as text</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="178"/>
        <source>%1 names no tag; it was ignored</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="180"/>
        <source>There is no saved search %1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="183"/>
        <source>%1 is not a date like 2022 or 2021-06..2022-03; it was searched as text</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="193"/>
        <source>There is no place called %1; did you mean %2?</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="195"/>
        <source>There is no place called %1 in the gazetteer.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="197"/>
        <source>%1 is the name of a county or district in several cities; say which: %2</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="199"/>
        <source>%1 is compared already (as %2).</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="200"/>
        <source>A comparison has at most 6 places.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="201"/>
        <source>Type the name of a city or county.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/browse/reader.py" line="48"/>
        <source>Select an article to read it.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/browse/reader.py" line="161"/>
        <source>Page %1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/browse/reader.py" line="188"/>
        <source>Summary</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/browse/reader.py" line="203"/>
        <source>Reporter</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/browse/reader.py" line="204"/>
        <source>Correspondent</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/browse/reader.py" line="205"/>
        <source>Author</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/browse/reader.py" line="206"/>
        <source>Editor</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/browse/reader.py" line="258"/>
        <source>Photo captions</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/browse/reader.py" line="265"/>
        <source>Tags</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/browse/reader.py" line="265"/>
        <source>Note</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/undo.py" line="29"/>
        <source>&amp;Undo %1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="28"/>
        <source>&amp;File</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="29"/>
        <source>&amp;New Archive…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="32"/>
        <source>&amp;Open Archive…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="35"/>
        <source>Open &amp;Recent</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="39"/>
        <source>&amp;Import Files…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="43"/>
        <source>Import &amp;Folder…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="46"/>
        <source>&amp;Back Up Now</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="48"/>
        <source>Restore from &amp;Backup…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="51"/>
        <source>&amp;Preferences…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="55"/>
        <source>&amp;Quit</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="58"/>
        <source>&amp;Edit</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="59"/>
        <location filename="../../gui/undo.py" line="31"/>
        <source>&amp;Undo</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="67"/>
        <source>&amp;View</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="77"/>
        <source>&amp;Review Imports…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="81"/>
        <source>Rebuild Search &amp;Index</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="83"/>
        <source>&amp;Help</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="84"/>
        <source>&amp;About Clipfile</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/undo.py" line="34"/>
        <source>&amp;Redo %1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/menus.py" line="61"/>
        <location filename="../../gui/undo.py" line="36"/>
        <source>&amp;Redo</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/safe_browser.py" line="63"/>
        <source>Picture not shown: the file cannot be read.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/safe_browser.py" line="87"/>
        <source>Open Link</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/safe_browser.py" line="88"/>
        <source>Open this address in your browser?

%1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/figures_model.py" line="43"/>
        <source>page %1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/figures_model.py" line="129"/>
        <source>Reported so in %1 sentences.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/figures_model.py" line="137"/>
        <source>Also reported for %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/figures_model.py" line="179"/>
        <source>Confirmed by an editor.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/figures_model.py" line="180"/>
        <source>Corrected by an editor.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/figures_model.py" line="181"/>
        <source>Rejected by an editor.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/tags/messages.py" line="17"/>
        <source>A tag needs a name: type one (use / for a tag below another).</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/tags/messages.py" line="19"/>
        <source>A tag name can have at most 100 characters; “%1” is longer. Shorten it, or put the detail in the tag&apos;s description.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/tags/messages.py" line="22"/>
        <source>A tag path can have at most 12 levels.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/tags/messages.py" line="23"/>
        <source>There is no tag %1.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/tags/messages.py" line="24"/>
        <source>%1 cannot go below itself or below one of its own tags.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/tags/messages.py" line="25"/>
        <source>The article&apos;s text does not say “%1”.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/tags/messages.py" line="26"/>
        <location filename="../../gui/tags/messages.py" line="27"/>
        <source>Select some of the article&apos;s text first.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/tags/messages.py" line="28"/>
        <source>%1 is not a colour; choose one in the colour dialog.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/tags/messages.py" line="30"/>
        <source>A tag named like %1 has taken its place; rename one of them first.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/tags/messages.py" line="32"/>
        <source>Restore the tag above it first.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/tags/messages.py" line="33"/>
        <source>That tag is not in the trash.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/tags/messages.py" line="34"/>
        <source>This file is not a tag export of Clipfile (%1).</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/figures_dictionary.py" line="67"/>
        <source>An indicator has no name.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/figures_dictionary.py" line="68"/>
        <source>%1 is listed twice.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/figures_dictionary.py" line="69"/>
        <source>%1: the name %2 is too short (two characters at least).</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/figures_dictionary.py" line="70"/>
        <source>%2 is a name of both %3 and %1.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/figures_dictionary.py" line="71"/>
        <source>%1: %2 is not a unit of its family (%3).</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/captions/sidecar_messages.py" line="19"/>
        <source>%list is not text in UTF-8 or GB 18030.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/captions/sidecar_messages.py" line="20"/>
        <source>%list is not JSON: %error</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/captions/sidecar_messages.py" line="21"/>
        <source>%list should hold a list of entries.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/captions/sidecar_messages.py" line="22"/>
        <source>%list is empty: it has no header line.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/captions/sidecar_messages.py" line="23"/>
        <source>the caption already gets a picture on line %line</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/captions/sidecar_messages.py" line="24"/>
        <source>no file named (a “file” column)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/captions/sidecar_messages.py" line="25"/>
        <source>%name is not a file in the folder</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/captions/sidecar_messages.py" line="26"/>
        <source>%name: there is no such file in the folder</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/captions/sidecar_messages.py" line="27"/>
        <source>%name: caption id “%id” is not a number</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/captions/sidecar_messages.py" line="28"/>
        <source>%name: there is no caption %id</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/captions/sidecar_messages.py" line="30"/>
        <source>%name: no caption named (give caption_id, label and page, or the caption&apos;s text)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/captions/sidecar_messages.py" line="33"/>
        <source>%name: no caption is %which</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/captions/sidecar_messages.py" line="34"/>
        <source>%name: several captions are %which (add a date or caption_id)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/captions/sidecar_messages.py" line="61"/>
        <source>%1 on page %2</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/captions/sidecar_messages.py" line="64"/>
        <source>the caption reading “%1”</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/captions/sidecar_messages.py" line="66"/>
        <source> of %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ArchiveCare</name>
    <message>
        <location filename="../../gui/maintenance/care.py" line="121"/>
        <source>Indexing for search: %1%</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/maintenance/care.py" line="132"/>
        <source>Clipfile</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/maintenance/care.py" line="134"/>
        <source>The search index could not be rebuilt; searches scan the archive instead, which is slower.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/maintenance/care.py" line="156"/>
        <source>Backing up %1 before this large edit…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/maintenance/care.py" line="158"/>
        <source>Backing up %1…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/maintenance/care.py" line="173"/>
        <source>Restoring %1…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/maintenance/care.py" line="200"/>
        <source>Salvaging %1…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/maintenance/care.py" line="209"/>
        <source>Salvaged</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/maintenance/care.py" line="211"/>
        <source>%1 articles, %2 captions and %3 notes were saved into %4. The damaged file is kept as it was.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/maintenance/care.py" line="226"/>
        <source>Salvage into a New File</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/maintenance/care.py" line="228"/>
        <source>Clipfile archives (*.sqlite *.db)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ArticleListModel</name>
    <message>
        <location filename="../../gui/browse/article_model.py" line="40"/>
        <source>Date</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/browse/article_model.py" line="41"/>
        <source>City</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/browse/article_model.py" line="42"/>
        <source>Publication</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/browse/article_model.py" line="43"/>
        <source>Section</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/browse/article_model.py" line="44"/>
        <source>Title</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/browse/article_model.py" line="45"/>
        <source>Photos</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/browse/article_model.py" line="46"/>
        <source>Tags</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/browse/article_model.py" line="47"/>
        <source>Match</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/browse/article_model.py" line="52"/>
        <source>Caption</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/browse/article_model.py" line="53"/>
        <source>Note</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>BackupListModel</name>
    <message>
        <location filename="../../gui/maintenance/backup_model.py" line="20"/>
        <source>Backed up by hand</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/maintenance/backup_model.py" line="21"/>
        <source>On closing</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/maintenance/backup_model.py" line="22"/>
        <source>Before a restore</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/maintenance/backup_model.py" line="23"/>
        <source>Before merging tags</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/maintenance/backup_model.py" line="24"/>
        <source>Before a bulk edit</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/maintenance/backup_model.py" line="25"/>
        <source>Before an upgrade</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/maintenance/backup_model.py" line="28"/>
        <source>Made</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/maintenance/backup_model.py" line="29"/>
        <source>Why</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/maintenance/backup_model.py" line="30"/>
        <source>Size</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/maintenance/backup_model.py" line="31"/>
        <source>Articles</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/maintenance/backup_model.py" line="32"/>
        <source>Captions</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/maintenance/backup_model.py" line="33"/>
        <source>Notes</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/maintenance/backup_model.py" line="59"/>
        <source>unreadable</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>BrowseView</name>
    <message>
        <location filename="../../gui/browse/view.py" line="99"/>
        <source>Search titles, text, captions and people (Ctrl+F)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/browse/view.py" line="104"/>
        <source>Newest first</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/browse/view.py" line="105"/>
        <source>Headlines first</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/browse/view.py" line="106"/>
        <source>Order of search results</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/browse/actions.py" line="22"/>
        <source>&amp;Find</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/browse/actions.py" line="26"/>
        <source>Next Match</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/browse/actions.py" line="33"/>
        <source>Previous Match</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/browse/actions.py" line="40"/>
        <source>&amp;Save Search…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/browse/actions.py" line="45"/>
        <source>Move to &amp;Trash</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/browse/actions.py" line="50"/>
        <source>&amp;Facets</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/browse/actions.py" line="55"/>
        <source>&amp;Clear Filters</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/browse/view.py" line="252"/>
        <source>Searching…</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/browse/view.py" line="84"/>
        <source>%Ln article(s)</source>
        <translation>
            <numerusform>%Ln article</numerusform>
            <numerusform>%Ln articles</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/browse/listing.py" line="37"/>
        <source>%1+ articles, counting…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/browse/actions.py" line="58"/>
        <source>&amp;Tag…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/browse/actions.py" line="62"/>
        <source>Tag &amp;Passage…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/browse/tagging.py" line="59"/>
        <source>Key %1 has no tag yet: right-click a tag in the sidebar ▸ Favourite Key.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/browse/tagging.py" line="76"/>
        <source>Select some articles in the list first.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/browse/view.py" line="88"/>
        <source>Took %1 off %Ln article(s).</source>
        <translation>
            <numerusform>Took %1 off %Ln article.</numerusform>
            <numerusform>Took %1 off %Ln articles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/browse/view.py" line="89"/>
        <source>Tagged %Ln article(s) %1.</source>
        <translation>
            <numerusform>Tagged %Ln article %1.</numerusform>
            <numerusform>Tagged %Ln articles %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/browse/view.py" line="90"/>
        <source>%Ln already had it.</source>
        <translation>
            <numerusform>%Ln already had it.</numerusform>
            <numerusform>%Ln already had it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/browse/view.py" line="91"/>
        <source>Tag %Ln Article(s)…</source>
        <translation>
            <numerusform>Tag %Ln Article…</numerusform>
            <numerusform>Tag %Ln Articles…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/browse/view.py" line="92"/>
        <source>Untag %Ln Article(s)…</source>
        <translation>
            <numerusform>Untag %Ln Article…</numerusform>
            <numerusform>Untag %Ln Articles…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/browse/tagging.py" line="121"/>
        <source>Untag Articles</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/browse/tagging.py" line="123"/>
        <source>Tag Articles</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/browse/tagging.py" line="129"/>
        <source>Tag (a new one is made; / for a tag below another):</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/browse/view.py" line="85"/>
        <source>%Ln caption(s)</source>
        <translation>
            <numerusform>%Ln caption</numerusform>
            <numerusform>%Ln captions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/browse/view.py" line="86"/>
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln note</numerusform>
            <numerusform>%Ln notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/browse/view.py" line="87"/>
        <source>%Ln article(s), listing…</source>
        <translation>
            <numerusform>%Ln article, listing…</numerusform>
            <numerusform>%Ln articles, listing…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/browse/listing.py" line="104"/>
        <source>This archive has no articles yet.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/browse/listing.py" line="110"/>
        <source>No articles match %1.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/browse/listing.py" line="113"/>
        <source>Press Esc in the search box or choose View ▸ Clear Filters to see every article.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/browse/listing.py" line="122"/>
        <source>Search failed</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/browse/listing.py" line="125"/>
        <source>Search failed: %1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/browse/reading.py" line="102"/>
        <source>Deleted in the list</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/browse/reading.py" line="110"/>
        <source>Move to Trash</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/browse/reading.py" line="111"/>
        <source>%1 notes link to the %2 articles chosen. Move them to the trash anyway? The links will show the articles as missing.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/browse/saved_searches.py" line="20"/>
        <source>Type a search first, then save it.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/browse/saved_searches.py" line="27"/>
        <source>Save Search</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/browse/saved_searches.py" line="28"/>
        <source>Name for this search:</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/browse/saved_searches.py" line="38"/>
        <source>Edit Saved Search</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/browse/saved_searches.py" line="39"/>
        <source>Search for %1:</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>CaptionFacets</name>
    <message>
        <location filename="../../gui/captions/facets.py" line="15"/>
        <source>Photographer</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/captions/facets.py" line="16"/>
        <source>County</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/captions/facets.py" line="17"/>
        <source>Year</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/captions/facets.py" line="18"/>
        <source>Kind</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>CaptionsModel</name>
    <message>
        <location filename="../../gui/captions/caption_model.py" line="27"/>
        <source>Label</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/captions/caption_model.py" line="28"/>
        <source>Date</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/captions/caption_model.py" line="29"/>
        <source>Place</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/captions/caption_model.py" line="30"/>
        <source>Photographers</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/captions/caption_model.py" line="31"/>
        <source>Credit</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/captions/caption_model.py" line="32"/>
        <source>Kind</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/captions/caption_model.py" line="33"/>
        <source>Caption</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/captions/caption_model.py" line="34"/>
        <source>Article</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/captions/caption_model.py" line="37"/>
        <source>News photo</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/captions/caption_model.py" line="38"/>
        <source>File photo (资料图)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/captions/caption_model.py" line="39"/>
        <source>Supplied (供图)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>CaptionsView</name>
    <message>
        <location filename="../../gui/captions/view.py" line="138"/>
        <source>Search captions (the search box&apos;s language: 工作人员 city:焦作)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/captions/view.py" line="141"/>
        <source>With pictures</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/captions/view.py" line="142"/>
        <source>Show as pictures</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/captions/view.py" line="144"/>
        <source>Clear Filters</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/captions/view.py" line="146"/>
        <source>Import Pictures Folder…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/captions/view.py" line="147"/>
        <location filename="../../gui/captions/view.py" line="666"/>
        <source>Export Fields (IPTC)…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/captions/view.py" line="207"/>
        <source>Open Article</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/captions/view.py" line="208"/>
        <source>Attach Picture…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/captions/view.py" line="209"/>
        <source>Remove Picture</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/captions/view.py" line="212"/>
        <source>Use the Picture&apos;s Fields</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/captions/view.py" line="213"/>
        <source>Add Note…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/captions/view.py" line="214"/>
        <source>Tag…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/captions/view.py" line="215"/>
        <source>Save Picture with Its Fields…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/captions/view.py" line="349"/>
        <source>Counting…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/captions/view.py" line="351"/>
        <source>Reading every caption…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/captions/view.py" line="365"/>
        <source>%1 captions</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/captions/view.py" line="418"/>
        <source>No caption chosen.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/captions/view.py" line="420"/>
        <source>Drop a picture here</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/captions/view.py" line="436"/>
        <location filename="../../gui/captions/view.py" line="518"/>
        <source>Date</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/captions/view.py" line="436"/>
        <source>Place</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/captions/view.py" line="437"/>
        <location filename="../../gui/captions/view.py" line="522"/>
        <source>Photographers</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/captions/view.py" line="437"/>
        <location filename="../../gui/captions/view.py" line="521"/>
        <source>Credit</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/captions/view.py" line="438"/>
        <source>Kind</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/captions/view.py" line="438"/>
        <source>Article</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/captions/view.py" line="451"/>
        <source>Tags</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/captions/view.py" line="451"/>
        <source>take this tag off</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/captions/view.py" line="458"/>
        <source>Notes</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/captions/view.py" line="482"/>
        <source>No picture: drop one here</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/captions/view.py" line="484"/>
        <source>loading…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/captions/view.py" line="496"/>
        <source>Cannot show this picture: %1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/captions/view.py" line="517"/>
        <source>Caption</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/captions/view.py" line="519"/>
        <source>City</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/captions/view.py" line="520"/>
        <source>County</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/captions/view.py" line="528"/>
        <source>The picture says: %1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/captions/view.py" line="569"/>
        <source>Attach Picture</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/captions/view.py" line="571"/>
        <source>Pictures (*.jpg *.jpeg *.png *.gif *.tif *.tiff *.webp *.bmp)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/captions/view.py" line="618"/>
        <source>Save Picture with Its Fields</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/captions/view.py" line="634"/>
        <source>Export Fields (IPTC)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/captions/view.py" line="657"/>
        <source>Exporting… %1%</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/captions/view.py" line="672"/>
        <source>%1 captions&apos; fields written to %2</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/captions/view.py" line="710"/>
        <source>Key %1 has no tag yet: right-click a tag in the sidebar ▸ Favourite Key.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/captions/view.py" line="720"/>
        <source>Took %1 off the caption</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/captions/view.py" line="720"/>
        <source>Tagged %1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/captions/view.py" line="727"/>
        <source>Tag Caption</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/captions/view.py" line="728"/>
        <source>Tag (a new one is made; / for a tag below another):</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/captions/view.py" line="737"/>
        <source>Note on the Caption</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/captions/view.py" line="737"/>
        <source>Note (Markdown):</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/captions/view.py" line="749"/>
        <source>Import Pictures Folder</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/captions/view.py" line="791"/>
        <source>line %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/captions/view.py" line="799"/>
        <source>Nothing was attached; these lines need fixing:</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/captions/view.py" line="808"/>
        <source>Pictures</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ChartPane</name>
    <message>
        <location filename="../../gui/compare/figures_chart.py" line="111"/>
        <source>Across years</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/figures_chart.py" line="112"/>
        <source>Places side by side</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/figures_chart.py" line="116"/>
        <source>Save as PNG…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/figures_chart.py" line="118"/>
        <source>Save as SVG…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/figures_chart.py" line="281"/>
        <source>Sources:</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/figures_chart.py" line="297"/>
        <location filename="../../gui/compare/figures_chart.py" line="310"/>
        <source>Save Chart</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/figures_chart.py" line="303"/>
        <source>Could not write %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/figures_chart.py" line="344"/>
        <source>the picture could not be drawn</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>CompareColumn</name>
    <message>
        <location filename="../../gui/compare/column.py" line="142"/>
        <source>Stop comparing %1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/column.py" line="192"/>
        <source>Choose a record above to read it here.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/column.py" line="220"/>
        <source>Searching…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/column.py" line="247"/>
        <source>%1+ records, counting…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/column.py" line="250"/>
        <source>%1 records</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/column.py" line="252"/>
        <source>%1 articles</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/column.py" line="253"/>
        <source>%1 captions</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/column.py" line="254"/>
        <source>%1 notes</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/column.py" line="265"/>
        <source> · %1 more mention it</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/column.py" line="272"/>
        <source>No records of %1 match this filter. Records are found by the city or county they are attributed to; tick “Also records that mention the place” to see those that only name it.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/column.py" line="276"/>
        <source>The archive has no records attributed to %1 yet.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/column.py" line="122"/>
        <location filename="../../gui/compare/column.py" line="312"/>
        <source>Notes (%1)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/column.py" line="315"/>
        <source>Notes on %1: none yet. Click to add one.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/column.py" line="356"/>
        <location filename="../../gui/compare/column.py" line="373"/>
        <source>That record is no longer in the archive.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../../gui/compare/view.py" line="104"/>
        <source>Add a city or county: 焦作, 修武县…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/view.py" line="115"/>
        <source>Add</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/view.py" line="133"/>
        <source>Add two to six cities or counties above to read how each reports the same story, side by side. Or choose cities in the Browse view&apos;s sidebar and pick “Compare These”.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/view.py" line="145"/>
        <source>Columns</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/view.py" line="150"/>
        <source>Matrix</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/view.py" line="154"/>
        <source>Figures</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/view.py" line="231"/>
        <source>No archive is open.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>DamageDialog</name>
    <message>
        <location filename="../../gui/maintenance/care.py" line="36"/>
        <source>Damaged archive</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/maintenance/care.py" line="38"/>
        <source>This archive file is damaged (%1). It is open read-only so that nothing more is written to it.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/maintenance/care.py" line="45"/>
        <source>Restore the newest good backup, or salvage what is readable into a new archive file. The damaged file is kept as it is.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/maintenance/care.py" line="52"/>
        <source>Restore from Backup…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/maintenance/care.py" line="56"/>
        <source>Salvage into a New File…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/maintenance/care.py" line="60"/>
        <source>Keep Reading</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>EditDialog</name>
    <message>
        <location filename="../../gui/review/edit_dialog.py" line="19"/>
        <source>Edit</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/review/edit_dialog.py" line="24"/>
        <source>Kicker</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/review/edit_dialog.py" line="25"/>
        <source>Headline</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/review/edit_dialog.py" line="26"/>
        <source>Subtitle</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/review/edit_dialog.py" line="27"/>
        <source>Summary</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/review/edit_dialog.py" line="28"/>
        <source>Dateline</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/review/edit_dialog.py" line="29"/>
        <source>Date</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/review/edit_dialog.py" line="30"/>
        <source>Section</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/review/edit_dialog.py" line="31"/>
        <source>County</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/review/edit_dialog.py" line="32"/>
        <source>Label</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/review/edit_dialog.py" line="33"/>
        <source>Text</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/review/edit_dialog.py" line="34"/>
        <source>Credit line</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ExportButton</name>
    <message>
        <location filename="../../gui/compare/export.py" line="30"/>
        <source>Export</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/export.py" line="46"/>
        <source>Export Comparison</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/export.py" line="72"/>
        <source>Could not write %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/export.py" line="77"/>
        <source>Exported to %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>FacetModel</name>
    <message>
        <location filename="../../gui/browse/facet_model.py" line="24"/>
        <source>Cities</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/browse/facet_model.py" line="25"/>
        <source>Counties</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/browse/facet_model.py" line="26"/>
        <source>Years</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/browse/facet_model.py" line="27"/>
        <source>Publications</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/browse/facet_model.py" line="28"/>
        <source>Sections</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/browse/facet_model.py" line="29"/>
        <source>People</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/browse/facet_model.py" line="30"/>
        <source>Tags</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/browse/facet_model.py" line="31"/>
        <source>Saved searches</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/browse/facet_model.py" line="105"/>
        <source>Facet</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/browse/facet_model.py" line="106"/>
        <source>Count</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>FacetPanel</name>
    <message>
        <location filename="../../gui/browse/facet_panel.py" line="88"/>
        <source>Notes on %1…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/browse/facet_panel.py" line="95"/>
        <source>Edit Saved Search…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/browse/facet_panel.py" line="99"/>
        <source>Delete Saved Search</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/browse/facet_panel.py" line="110"/>
        <source>Take %1 Out of the Choice</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/browse/facet_panel.py" line="112"/>
        <source>Add %1 to the Choice</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/browse/facet_panel.py" line="122"/>
        <source>Compare These (%1)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>FavouriteKeys</name>
    <message>
        <location filename="../../gui/tags/favourites.py" line="58"/>
        <source>Favourite Key</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/tags/favourites.py" line="69"/>
        <source>No Key</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>FiguresChart</name>
    <message>
        <location filename="../../gui/compare/figures_chart.py" line="77"/>
        <source>%1 — Figures</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>FiguresPanel</name>
    <message>
        <location filename="../../gui/compare/figures_table.py" line="93"/>
        <source>Chart…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/figures_table.py" line="94"/>
        <source>The chosen indicator across years</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/figures_table.py" line="96"/>
        <source>Indicators…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/figures_table.py" line="98"/>
        <source>Edit the indicators figures are read for, their names and units</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/figures_table.py" line="102"/>
        <location filename="../../gui/compare/figures_table.py" line="397"/>
        <source>Export Figures</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/figures_table.py" line="208"/>
        <source>Reading the figures from the text…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/figures_table.py" line="234"/>
        <source>Reading the figures from the text… %1%</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/figures_table.py" line="264"/>
        <source>Add places above to compare their figures.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/figures_table.py" line="267"/>
        <source>No figures are reported for these places yet. Figures are read from the articles&apos; text as they are imported.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/figures_table.py" line="272"/>
        <source>Each place&apos;s latest total and its year; hover for the sentence, click to read the article, right-click to confirm, reject or correct.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/figures_table.py" line="277"/>
        <source>⚠ %1 with conflicting reports.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/figures_table.py" line="313"/>
        <source>Read the Article</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/figures_table.py" line="318"/>
        <source>Confirm %1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/figures_table.py" line="319"/>
        <source>Reject %1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/figures_table.py" line="326"/>
        <source>Correct…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/figures_table.py" line="330"/>
        <source>Back to the Value Read</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/figures_table.py" line="335"/>
        <source>Use %1 Instead (Confirm It)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/figures_table.py" line="344"/>
        <source>Chart %1…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/figures_table.py" line="362"/>
        <source>Correct Figure</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/figures_table.py" line="363"/>
        <source>%1 in this sentence, in %2:</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/figures_table.py" line="413"/>
        <source>Figures: %1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/figures_table.py" line="437"/>
        <source>Exporting to %1…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/figures_table.py" line="450"/>
        <source>Could not write %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/figures_table.py" line="456"/>
        <source>Exported to %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../gui/compare/filter_bar.py" line="43"/>
        <source>Filter every column: 人才 OR 科技金融 -招聘 …</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/filter_bar.py" line="47"/>
        <source>Any tag</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/filter_bar.py" line="48"/>
        <source>from 2021</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/filter_bar.py" line="49"/>
        <source>to 2023-06</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/filter_bar.py" line="50"/>
        <source>Any paper</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/filter_bar.py" line="51"/>
        <source>Any section</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/filter_bar.py" line="53"/>
        <source>Also records that mention the place</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/filter_bar.py" line="57"/>
        <source>Besides the records attributed to each place, list those that name it in their text (marked “mentions”).</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/filter_bar.py" line="105"/>
        <source>A year, a month or a day: 2021, 2021-06, 2021-06-30</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/filter_bar.py" line="154"/>
        <source>%1 is not a date like 2021 or 2021-06; it is left out</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../gui/history/view.py" line="33"/>
        <source>Any time</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="34"/>
        <source>Today</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="35"/>
        <source>Last 7 days</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="36"/>
        <source>Last 30 days</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="39"/>
        <source>Undo</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="40"/>
        <source>Redo</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="49"/>
        <source>article %1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="50"/>
        <source>passage %1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="51"/>
        <source>note %1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="79"/>
        <source>Revert This Edit</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="89"/>
        <source>When</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="90"/>
        <source>Who</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="91"/>
        <source>Edit</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="92"/>
        <source>Records</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="93"/>
        <source>What</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="104"/>
        <source>By:</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="106"/>
        <source>When:</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="124"/>
        <source>Anyone</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="162"/>
        <source>(undone)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="184"/>
        <source>Open an archive to see its edits.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="187"/>
        <source>No edits by this person in this period. Choose Anyone and Any time above to see every edit.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="192"/>
        <source>No edits yet. Every change made to this archive — tags, notes, review fixes, the trash — will be listed here with who made it and when, newest first, from this window, others and the command line; choose one and Revert This Edit to take it back.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/history/view.py" line="204"/>
        <source>%1: %Ln record(s)</source>
        <translation>
            <numerusform>%1: %Ln record</numerusform>
            <numerusform>%1: %Ln records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/history/view.py" line="208"/>
        <location filename="../../gui/history/view.py" line="211"/>
        <source>%Ln tag(s)</source>
        <translation>
            <numerusform>%Ln tag</numerusform>
            <numerusform>%Ln tags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/history/view.py" line="209"/>
        <source>%1: %Ln tag(s)</source>
        <translation>
            <numerusform>%1: %Ln tag</numerusform>
            <numerusform>%1: %Ln tags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/history/view.py" line="212"/>
        <source>, %Ln tagging(s)</source>
        <translation>
            <numerusform>, %Ln tagging</numerusform>
            <numerusform>, %Ln taggings</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/history/view.py" line="225"/>
        <source>Revert Edit</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/history/view.py" line="233"/>
        <source>Revert “%1” by %2 (%Ln record(s))?</source>
        <translation>
            <numerusform>Revert “%1” by %2 (%Ln record)?</numerusform>
            <numerusform>Revert “%1” by %2 (%Ln records)?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../gui/importing/dialog.py" line="64"/>
        <source>Import</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/importing/dialog.py" line="77"/>
        <source>Reading files…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/importing/dialog.py" line="105"/>
        <source>Cancelling: the file in progress is rolled back…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/importing/dialog.py" line="126"/>
        <source>%1 of %2 files · %3 articles · %4 captions · about %5 s left</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/importing/dialog.py" line="138"/>
        <source>Done: %1 articles and %2 captions from %3 files; %4 already imported, %5 failed.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/importing/dialog.py" line="143"/>
        <source>Cancelled: %1 articles and %2 captions from %3 files were kept; %4 already imported, %5 failed.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/importing/dialog.py" line="159"/>
        <source>The import could not start: %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ImportSummaryModel</name>
    <message>
        <location filename="../../gui/importing/summary_model.py" line="22"/>
        <source>File</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/importing/summary_model.py" line="23"/>
        <source>Result</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/importing/summary_model.py" line="24"/>
        <source>Articles</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/importing/summary_model.py" line="25"/>
        <source>Captions</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/importing/summary_model.py" line="26"/>
        <source>Left over</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/importing/summary_model.py" line="27"/>
        <source>Note</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/importing/summary_model.py" line="30"/>
        <source>Added</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/importing/summary_model.py" line="31"/>
        <source>Updated</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/importing/summary_model.py" line="32"/>
        <source>Already imported</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/importing/summary_model.py" line="33"/>
        <source>Failed</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <location filename="../../gui/importing/actions.py" line="16"/>
        <source>Pages (*.txt *.md *.html *.htm *.mhtml *.mht *.docx *.json *.jsonl *.csv);;All files (*)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/importing/actions.py" line="33"/>
        <source>Import Files</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/importing/actions.py" line="40"/>
        <source>Import Folder</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>IndicatorDialog</name>
    <message>
        <location filename="../../gui/compare/figures_dictionary.py" line="95"/>
        <source>Indicator Dictionary</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/figures_dictionary.py" line="110"/>
        <source>Find an indicator or a name</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/figures_dictionary.py" line="113"/>
        <source>Add Indicator</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/figures_dictionary.py" line="114"/>
        <source>Remove</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/figures_dictionary.py" line="115"/>
        <source>Back to the Shipped List</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/figures_dictionary.py" line="134"/>
        <source>Figures are read for these indicators, by any of their names. Saving keeps the list in this archive (Undo takes it back) and reads every article&apos;s figures again in the background.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/figures_dictionary.py" line="161"/>
        <source>New indicator</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>IndicatorsModel</name>
    <message>
        <location filename="../../gui/compare/figures_dictionary_model.py" line="23"/>
        <source>Indicator</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/figures_dictionary_model.py" line="24"/>
        <source>Also called (、 between names)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/figures_dictionary_model.py" line="25"/>
        <source>Unit</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/figures_dictionary_model.py" line="26"/>
        <source>Printed in</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/figures_dictionary_model.py" line="27"/>
        <source>Family</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/figures_dictionary_model.py" line="28"/>
        <source>Not this (longer phrases)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/figures_dictionary_model.py" line="31"/>
        <source>Count (家, 个, 项, 人)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/figures_dictionary_model.py" line="32"/>
        <source>Money (元, 万元, 亿元)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/figures_dictionary_model.py" line="33"/>
        <source>Percent (%)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>KeptSets</name>
    <message>
        <location filename="../../gui/compare/sets.py" line="55"/>
        <source>Comparisons kept in this archive</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/sets.py" line="57"/>
        <source>Save As…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/sets.py" line="60"/>
        <source>Comparison</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/sets.py" line="63"/>
        <source>Save</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/sets.py" line="64"/>
        <source>Rename…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/sets.py" line="65"/>
        <source>Delete</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/sets.py" line="68"/>
        <source>Notes on This Comparison</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/sets.py" line="73"/>
        <source>Comparison:</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/sets.py" line="82"/>
        <source>(not saved)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/sets.py" line="130"/>
        <source>Add the places to compare first.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/sets.py" line="134"/>
        <source>Save Comparison</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/sets.py" line="135"/>
        <source>Name for this comparison:</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/sets.py" line="158"/>
        <source>Rename Comparison</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/sets.py" line="158"/>
        <source>New name:</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/sets.py" line="172"/>
        <source>Delete Comparison</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/sets.py" line="174"/>
        <source>Delete the comparison %1? Its notes go to the trash; Undo brings both back.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="105"/>
        <location filename="../../gui/main_window.py" line="511"/>
        <source>Clipfile</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="361"/>
        <source>Something went wrong: %1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="351"/>
        <source>(in memory)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="352"/>
        <source>%1 — Clipfile</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="484"/>
        <source>Read-only</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="380"/>
        <source>New Archive</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="56"/>
        <source>Clipfile archives (*.sqlite *.db);;All files (*)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="128"/>
        <source>Browse</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="132"/>
        <source>Compare</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="139"/>
        <source>Notes</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="146"/>
        <source>Tags</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="153"/>
        <source>History</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="160"/>
        <source>Captions</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="167"/>
        <source>People</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="370"/>
        <source>%1 already exists. Choose a new file name for the new archive.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="390"/>
        <source>Open Archive</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="401"/>
        <source>No recent archives</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="502"/>
        <source>Folding traditional characters needs the OpenCC package, which is not installed.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="516"/>
        <source>About Clipfile</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="518"/>
        <source>&lt;h3&gt;Clipfile 剪报档案&lt;/h3&gt;&lt;p&gt;A desktop archive of newspaper articles and photo captions, for editors and archivists.&lt;/p&gt;</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>MatchBar</name>
    <message>
        <location filename="../../gui/compare/linking.py" line="35"/>
        <source>◀ Previous Match</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/linking.py" line="36"/>
        <source>Next Match ▶</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/linking.py" line="37"/>
        <source>Linked</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/linking.py" line="41"/>
        <source>Next and previous match move every column&apos;s reader together</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/linking.py" line="43"/>
        <source>Align</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/linking.py" line="44"/>
        <source>Every reader back to its first match</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/linking.py" line="71"/>
        <source>Up to %1 places; drag a column&apos;s head to move it.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/linking.py" line="92"/>
        <source>No match of the filter&apos;s words in the readers.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <location filename="../../gui/compare/matrix_model.py" line="138"/>
        <source>%1 · %2: %3 of its %4 records (%5)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/matrix_model.py" line="147"/>
        <source>%1 tagged passages</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/matrix_model.py" line="167"/>
        <source>Total</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/matrix_model.py" line="179"/>
        <source>%1 records under the filter</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>MatrixPanel</name>
    <message>
        <location filename="../../gui/compare/matrix_panel.py" line="92"/>
        <location filename="../../gui/compare/matrix_panel.py" line="226"/>
        <source>Choose a cell to read its passages.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/matrix_panel.py" line="119"/>
        <source>Top-level tags</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/matrix_panel.py" line="122"/>
        <source>The rows are this tag&apos;s children (the top-level tags if empty)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/matrix_panel.py" line="124"/>
        <source>Count each tag with its children</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/matrix_panel.py" line="128"/>
        <source>Records</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/matrix_panel.py" line="129"/>
        <source>Present or absent</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/matrix_panel.py" line="130"/>
        <source>Share of the place&apos;s records</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/matrix_panel.py" line="133"/>
        <source>Transpose</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/matrix_panel.py" line="134"/>
        <source>Export CSV…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/matrix_panel.py" line="144"/>
        <source>Rows:</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/matrix_panel.py" line="194"/>
        <source>Add the places to compare first.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/matrix_panel.py" line="199"/>
        <source>Counting…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/matrix_panel.py" line="229"/>
        <source>Only the first %1 tags are shown.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/matrix_panel.py" line="236"/>
        <source>None of these places&apos; records under the filter carries these tags.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/matrix_panel.py" line="246"/>
        <source>There is no tag called %1.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/matrix_panel.py" line="249"/>
        <source>This archive has no tags yet: tag records in the Browse view and their counts by place show here.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/matrix_panel.py" line="274"/>
        <source>%1 · %2: %3 passages</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/matrix_panel.py" line="305"/>
        <source>List Its Records in the Columns</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/matrix_panel.py" line="311"/>
        <source>Read Its Passages</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/matrix_panel.py" line="314"/>
        <source>Notes on This Cell…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/matrix_panel.py" line="336"/>
        <source>Export Matrix</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/matrix_panel.py" line="343"/>
        <source>Could not write %1: %2</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../gui/messages.py" line="94"/>
        <source>Edit article</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="95"/>
        <source>Move to trash</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="96"/>
        <source>Add note</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="97"/>
        <source>Tag</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="98"/>
        <source>Remove tag</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="99"/>
        <source>Merge articles</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="100"/>
        <source>Split article</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="101"/>
        <source>Paragraph to caption</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="102"/>
        <source>Caption to paragraph</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="103"/>
        <source>Move caption</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="104"/>
        <source>Edit caption</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="105"/>
        <source>Edit people</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="106"/>
        <source>Place leftover</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="107"/>
        <source>Edit</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="108"/>
        <source>Save search</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="109"/>
        <source>Delete saved search</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="110"/>
        <source>Tag passage</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="111"/>
        <source>Remove passage</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="112"/>
        <source>Rename tag</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="113"/>
        <source>Move tag</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="114"/>
        <source>Merge tags</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="115"/>
        <source>Tag colour</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="116"/>
        <source>Describe tag</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="117"/>
        <source>Delete tag</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="118"/>
        <source>Restore tag</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="119"/>
        <source>Clear unused tags</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="120"/>
        <source>Replace in tag names</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="121"/>
        <source>Import tags</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="160"/>
        <source>an unmatched &apos;)&apos; was ignored</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="163"/>
        <source>a &apos;(&apos; without its &apos;)&apos; was closed at the end</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>NoteEditor</name>
    <message>
        <location filename="../../gui/notes/editor.py" line="74"/>
        <source>Write in Markdown: **bold**, - lists, &gt; quotes, [[ links an article</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/notes/editor.py" line="107"/>
        <source>Bold</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/notes/editor.py" line="108"/>
        <source>Italic</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/notes/editor.py" line="109"/>
        <source>Heading</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/notes/editor.py" line="110"/>
        <source>List</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/notes/editor.py" line="111"/>
        <source>Quote</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/notes/editor.py" line="112"/>
        <source>Link</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/notes/editor.py" line="113"/>
        <source>Table</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/notes/editor.py" line="114"/>
        <source>Link This Article</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/notes/editor.py" line="115"/>
        <source>Quote Selection</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/notes/editor.py" line="116"/>
        <source>Today&apos;s Date</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/notes/editor.py" line="135"/>
        <source>This note is in the trash.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/notes/editor.py" line="159"/>
        <location filename="../../gui/notes/editor.py" line="200"/>
        <source>Saved</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/notes/editor.py" line="173"/>
        <source>An empty note is not saved.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/notes/editor.py" line="175"/>
        <source>Saving…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/notes/editor.py" line="224"/>
        <source>missing</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/notes/editor.py" line="226"/>
        <source>The preview shows the first %1 characters.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/notes/editor.py" line="293"/>
        <source>text</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/notes/editor.py" line="308"/>
        <source>Select a passage in the reader first.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/notes/editor.py" line="316"/>
        <source>page %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>NotesListModel</name>
    <message>
        <location filename="../../gui/notes/list_model.py" line="23"/>
        <source>Changed</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/notes/list_model.py" line="24"/>
        <source>Author</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/notes/list_model.py" line="25"/>
        <source>About</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/notes/list_model.py" line="26"/>
        <source>Note</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/notes/list_model.py" line="29"/>
        <source>Article</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/notes/list_model.py" line="30"/>
        <source>Caption</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/notes/list_model.py" line="31"/>
        <source>Passage</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/notes/list_model.py" line="32"/>
        <source>City</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/notes/list_model.py" line="33"/>
        <source>County</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/notes/list_model.py" line="34"/>
        <source>Tag</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/notes/list_model.py" line="35"/>
        <source>Saved search</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/notes/list_model.py" line="36"/>
        <source>Journal</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/notes/list_model.py" line="37"/>
        <source>Comparison</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/notes/list_model.py" line="38"/>
        <source>Matrix cell</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <location filename="../../gui/notes/panel.py" line="266"/>
        <source>The %1 newest of %2 notes; the Notes view lists them all.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/notes/panel.py" line="87"/>
        <source>Add Note</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/notes/panel.py" line="88"/>
        <source>Done</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/notes/panel.py" line="189"/>
        <source>Notes</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/notes/panel.py" line="197"/>
        <source>Notes (%1)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/notes/panel.py" line="198"/>
        <source>missing</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/notes/panel.py" line="215"/>
        <source>Showing the note…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/notes/panel.py" line="257"/>
        <source>… The note goes on: Edit shows it whole.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/notes/panel.py" line="273"/>
        <source>No notes yet.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/notes/panel.py" line="275"/>
        <source>Linked from</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/notes/panel.py" line="276"/>
        <source>Named in</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/notes/panel.py" line="281"/>
        <source>Edit</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/notes/panel.py" line="281"/>
        <source>Delete</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>NotesView</name>
    <message>
        <location filename="../../gui/notes/view.py" line="93"/>
        <source>Search notes (the search box&apos;s language: 核实 city:焦作 tag:人才)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/notes/view.py" line="97"/>
        <source>About anything</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/notes/view.py" line="105"/>
        <source>Any time</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/notes/view.py" line="106"/>
        <source>Last 7 days</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/notes/view.py" line="107"/>
        <source>Last 30 days</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/notes/view.py" line="108"/>
        <source>Last year</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/notes/view.py" line="113"/>
        <source>Trash</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/notes/view.py" line="114"/>
        <location filename="../../gui/notes/view.py" line="237"/>
        <source>New Journal Note</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/notes/view.py" line="116"/>
        <source>All Notes</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/notes/view.py" line="151"/>
        <source>Show What It Is About</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/notes/view.py" line="152"/>
        <source>Versions…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/notes/view.py" line="153"/>
        <location filename="../../gui/notes/view.py" line="354"/>
        <source>Move to Trash</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/notes/view.py" line="230"/>
        <location filename="../../gui/notes/view.py" line="247"/>
        <source>Only notes on %1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/notes/view.py" line="235"/>
        <location filename="../../gui/notes/view.py" line="250"/>
        <source>New Note on %1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/notes/view.py" line="264"/>
        <source>Anyone</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/notes/view.py" line="303"/>
        <source>%1 notes</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/notes/view.py" line="352"/>
        <source>Restore from Trash</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>PersonFilterBar</name>
    <message>
        <location filename="../../gui/people/filter_bar.py" line="22"/>
        <source>Person Page</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/people/filter_bar.py" line="23"/>
        <source>✕ Show Everyone</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/people/filter_bar.py" line="42"/>
        <source>Showing the records of %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>PersonRecordsModel</name>
    <message>
        <location filename="../../gui/people/records_model.py" line="21"/>
        <source>Kind</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/people/records_model.py" line="22"/>
        <source>Date</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/people/records_model.py" line="23"/>
        <source>Title</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/people/records_model.py" line="24"/>
        <source>Place</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/people/records_model.py" line="25"/>
        <source>Role</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>PersonView</name>
    <message>
        <location filename="../../gui/people/records_model.py" line="28"/>
        <source>Reporter</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/people/records_model.py" line="29"/>
        <source>Correspondent</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/people/records_model.py" line="30"/>
        <source>Photographer</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/people/records_model.py" line="31"/>
        <source>Author</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/people/records_model.py" line="32"/>
        <source>Editor</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/people/view.py" line="73"/>
        <source>A reporter&apos;s or photographer&apos;s name</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/people/view.py" line="81"/>
        <source>✕ Close Page</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/people/view.py" line="82"/>
        <source>Merge Another Spelling…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/people/view.py" line="93"/>
        <source>County</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/people/view.py" line="93"/>
        <location filename="../../gui/people/view.py" line="108"/>
        <location filename="../../gui/people/view.py" line="139"/>
        <source>Articles</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/people/view.py" line="93"/>
        <location filename="../../gui/people/view.py" line="108"/>
        <location filename="../../gui/people/view.py" line="140"/>
        <source>Captions</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/people/view.py" line="95"/>
        <source>Places covered</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/people/view.py" line="95"/>
        <source>Records</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/people/view.py" line="108"/>
        <source>Name</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/people/view.py" line="132"/>
        <source>Records by year</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/people/view.py" line="188"/>
        <source>Nobody called %1 is credited in this archive.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/people/view.py" line="232"/>
        <source>People</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/people/view.py" line="196"/>
        <location filename="../../gui/people/view.py" line="245"/>
        <source>Person: %1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/people/view.py" line="248"/>
        <source>%1 articles and %2 captions (%3)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/people/view.py" line="254"/>
        <source>also spelled %1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/people/records_model.py" line="37"/>
        <source>Article</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/people/records_model.py" line="38"/>
        <source>Caption</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/people/view.py" line="272"/>
        <source>Also in the archive as %1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/people/view.py" line="276"/>
        <source>Merge Into %1</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/people/view.py" line="361"/>
        <source>Merge Another Spelling</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/people/view.py" line="362"/>
        <source>Everything credited to this name is credited to %1:</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../gui/preferences.py" line="23"/>
        <source>Preferences</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="26"/>
        <source>Your name, recorded with every edit</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="29"/>
        <source>System language</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="41"/>
        <source>Editor name:</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="42"/>
        <source>Language (after restart):</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="45"/>
        <source>Search this archive&apos;s traditional and simplified characters alike (rebuilds its search index)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>RecordDelegate</name>
    <message>
        <location filename="../../gui/compare/record_delegate.py" line="21"/>
        <source>Caption</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/record_delegate.py" line="22"/>
        <source>Note</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/compare/record_delegate.py" line="89"/>
        <source>mentions</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>RecordTreeModel</name>
    <message>
        <location filename="../../gui/review/record_tree_model.py" line="143"/>
        <source>Caption: </source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/review/record_tree_model.py" line="144"/>
        <source>Left over: </source>
        <translation></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../gui/maintenance/backups.py" line="29"/>
        <source>Restore from Backup</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/maintenance/backups.py" line="34"/>
        <source>Restoring replaces the archive with the backup you choose. The archive as it is now is kept as a backup of its own first, so nothing is lost.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/maintenance/backups.py" line="40"/>
        <source>This archive has no backups yet. Clipfile makes one when you close it after a change (at most every half hour), before an upgrade, and whenever you choose File ▸ Back Up Now.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/maintenance/backups.py" line="63"/>
        <source>Restore</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <location filename="../../gui/review/window.py" line="80"/>
        <source>Review Imports</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/review/window.py" line="111"/>
        <source>Fixes</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/review/window.py" line="115"/>
        <source>Merge with Next Article</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/review/window.py" line="117"/>
        <source>Split Here</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/review/window.py" line="118"/>
        <source>Make Caption</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/review/window.py" line="120"/>
        <source>Make Paragraph</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/review/window.py" line="122"/>
        <source>Move Caption…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/review/window.py" line="123"/>
        <source>Edit…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/review/window.py" line="125"/>
        <source>Place Leftover…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/review/window.py" line="128"/>
        <source>Undo</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/review/window.py" line="130"/>
        <source>Redo</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/review/window.py" line="154"/>
        <source>No files have been imported into this archive yet. Use File ▸ Import Files… or drop page files on the main window; each file then appears here beside the records made from it.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/review/window.py" line="281"/>
        <source>There is no next article to merge.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/review/window.py" line="308"/>
        <source>(no article)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/review/window.py" line="311"/>
        <source>Move Caption</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/review/window.py" line="312"/>
        <source>Attach the caption to:</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/review/window.py" line="328"/>
        <source>(not article text: leave it in the source)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/review/window.py" line="332"/>
        <source>Place Leftover</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/review/window.py" line="333"/>
        <source>Add the fragment as the last paragraph of:</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>SafeBrowser</name>
    <message>
        <location filename="../../gui/safe_browser.py" line="21"/>
        <source>Picture not shown: it is not in the archive&apos;s media folder.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/safe_browser.py" line="24"/>
        <source>Picture not shown: the file is missing from the media folder.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>SourceListModel</name>
    <message>
        <location filename="../../gui/review/source_list_model.py" line="47"/>
        <source>%1 articles · %2 captions</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/review/source_list_model.py" line="54"/>
        <source> · %1 left over</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>TagBar</name>
    <message>
        <location filename="../../gui/tags/tag_bar.py" line="106"/>
        <source>Tags:</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/tags/tag_bar.py" line="115"/>
        <source>Tagged passages: click to show one</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/tags/tag_bar.py" line="173"/>
        <source>Keys 1–9 tag the selected articles:</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/tags/tag_bar.py" line="177"/>
        <source>Press a number in the list or the reader: the articles selected get that tag, or lose it when all of them have it. Right-click a tag in the sidebar ▸ Favourite Key to choose.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/tags/tag_bar.py" line="205"/>
        <source>Suggest tags</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/tags/tag_bar.py" line="219"/>
        <source>Similar articles carry:</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/tags/tag_bar.py" line="220"/>
        <source>The text names:</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/tags/tag_bar.py" line="232"/>
        <source>No tags to suggest for this article.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/tags/tag_bar.py" line="248"/>
        <source>Remove this tag</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/tags/tag_bar.py" line="272"/>
        <source>(no longer found in the text)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/tags/tag_bar.py" line="326"/>
        <source>That passage is no longer in the article&apos;s text.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/tags/tag_bar.py" line="351"/>
        <source>Tag the passage selected in the reader… (Enter)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/tags/tag_bar.py" line="353"/>
        <source>Add a tag… (Ctrl+T, Enter)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/tags/tag_bar.py" line="365"/>
        <location filename="../../gui/tags/tag_bar.py" line="409"/>
        <source>Select some of the article&apos;s text in the reader first.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/tags/tag_bar.py" line="418"/>
        <source>Tagged the passage %1.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/tags/tag_bar.py" line="429"/>
        <source>This article is tagged %1 already.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/tags/tag_bar.py" line="434"/>
        <source>Tagged %1.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>TagManagerView</name>
    <message>
        <location filename="../../gui/tags/manager.py" line="129"/>
        <source>Find a tag…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/tags/manager.py" line="142"/>
        <source>Rename…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/tags/manager.py" line="143"/>
        <source>Merge Into…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/tags/manager.py" line="144"/>
        <source>Move To Top</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/tags/manager.py" line="145"/>
        <source>Colour…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/tags/manager.py" line="146"/>
        <source>Describe…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/tags/manager.py" line="147"/>
        <location filename="../../gui/tags/manager.py" line="362"/>
        <source>Favourite Key…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/tags/manager.py" line="148"/>
        <source>Find &amp;&amp; Replace…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/tags/manager.py" line="149"/>
        <source>Delete</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/tags/manager.py" line="150"/>
        <source>Clear Unused</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/tags/manager.py" line="151"/>
        <source>Notes on this tag…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/tags/manager.py" line="152"/>
        <source>Show Articles</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/tags/manager.py" line="153"/>
        <source>Export Tags…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/tags/manager.py" line="154"/>
        <source>Import Tags…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/tags/manager.py" line="165"/>
        <source>Restore</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/tags/manager.py" line="170"/>
        <source>Deleted tags</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/tags/manager.py" line="180"/>
        <source>Drag a tag onto another to put it below that one; onto the empty space to put it at the top.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/tags/manager.py" line="241"/>
        <source>%1 (%2 taggings)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/tags/manager.py" line="248"/>
        <source>No deleted tags</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/tags/manager.py" line="249"/>
        <source>A tag you delete waits here until restored.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/tags/manager.py" line="290"/>
        <source>Tag</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/tags/manager.py" line="291"/>
        <source>Articles</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/tags/manager.py" line="292"/>
        <source>Own</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/tags/manager.py" line="293"/>
        <source>Description</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/tags/manager.py" line="387"/>
        <source>Choose a tag in the tree first.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/tags/manager.py" line="406"/>
        <source>Tag Colour</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/tags/manager.py" line="410"/>
        <source>Tag exports (*.json *.csv);;All files (*)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/tags/manager.py" line="413"/>
        <source>Export Tags</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/tags/manager.py" line="415"/>
        <source>Import Tags</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/tags/manager.py" line="418"/>
        <source>Tags</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/tags/manager.py" line="425"/>
        <source>%1 (%Ln article(s)</source>
        <translation>
            <numerusform>%1 (%Ln article</numerusform>
            <numerusform>%1 (%Ln articles</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/tags/manager.py" line="426"/>
        <source>, %Ln tag(s) in all)</source>
        <translation>
            <numerusform>, %Ln tag in all)</numerusform>
            <numerusform>, %Ln tags in all)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/tags/manager.py" line="445"/>
        <source>Rename Tag</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/tags/manager.py" line="446"/>
        <source>New name for %1 (/ for a place elsewhere in the tree):</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/tags/manager.py" line="464"/>
        <source>%1 exists already. Merge %2 into %3? Its articles and the tags below it join %3; a backup of the archive is made first.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/tags/manager.py" line="472"/>
        <location filename="../../gui/tags/manager.py" line="493"/>
        <location filename="../../gui/tags/manager.py" line="508"/>
        <source>Merge Tags</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/tags/manager.py" line="490"/>
        <source>Choose the tags to merge in the tree first.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/tags/manager.py" line="494"/>
        <source>Merge %Ln tag(s) into:</source>
        <translation>
            <numerusform>Merge %Ln tag into:</numerusform>
            <numerusform>Merge %Ln tags into:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/tags/manager.py" line="504"/>
        <source>Merge %1 into %2? A backup of the archive is made first.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/tags/manager.py" line="543"/>
        <source>Describe Tag</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/tags/manager.py" line="544"/>
        <source>What %1 is for:</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/tags/manager.py" line="551"/>
        <location filename="../../gui/tags/manager.py" line="555"/>
        <source>Find &amp; Replace</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/tags/manager.py" line="551"/>
        <source>Find in tag names:</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/tags/manager.py" line="556"/>
        <source>Replace “%1” with:</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/tags/manager.py" line="562"/>
        <source>Renamed %Ln tag(s).</source>
        <translation>
            <numerusform>Renamed %Ln tag.</numerusform>
            <numerusform>Renamed %Ln tags.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/tags/manager.py" line="569"/>
        <source>Move %1 to the trash? Its articles lose the tag until it is restored from the trash. A backup of the archive is made first.</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/tags/manager.py" line="572"/>
        <source>Delete Tag</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/tags/manager.py" line="579"/>
        <source>Choose a deleted tag first.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/tags/manager.py" line="587"/>
        <source>Cleared %Ln unused tag(s).</source>
        <translation>
            <numerusform>Cleared %Ln unused tag.</numerusform>
            <numerusform>Cleared %Ln unused tags.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/tags/manager.py" line="602"/>
        <source>Could not write %1: %2</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/tags/manager.py" line="607"/>
        <source>Exported %Ln tag(s).</source>
        <translation>
            <numerusform>Exported %Ln tag.</numerusform>
            <numerusform>Exported %Ln tags.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/tags/manager.py" line="618"/>
        <source>Could not read %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/tags/manager.py" line="627"/>
        <source>Tags matched by UUID: %1, by path: %2, new: %3. Taggings added: %4; skipped (no such article here): %5.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>TagTreePanel</name>
    <message>
        <location filename="../../gui/tags/tree_panel.py" line="106"/>
        <source>Tags</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/tags/tree_panel.py" line="107"/>
        <source>Here / all</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/tags/tree_panel.py" line="107"/>
        <source>Articles</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/tags/tree_panel.py" line="155"/>
        <source>Own: %1 · with tags below: %2</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/tags/tree_panel.py" line="161"/>
        <source>In the whole archive: %1 · with tags below: %2</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/tags/tree_panel.py" line="167"/>
        <source>Click to filter; Ctrl+click to leave out. Drop list rows here to tag them (Shift: untag).</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/tags/tree_panel.py" line="199"/>
        <source>Tag Selected Articles</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/tags/tree_panel.py" line="203"/>
        <source>Untag Selected Articles</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/tags/tree_panel.py" line="208"/>
        <source>Leave Out of the List</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/tags/tree_panel.py" line="212"/>
        <source>Notes on this tag…</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/tags/tree_panel.py" line="222"/>
        <source>Manage Tags…</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Thumbnails</name>
    <message>
        <location filename="../../gui/captions/thumbnails.py" line="93"/>
        <source>cannot show</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/captions/thumbnails.py" line="94"/>
        <source>loading…</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>UpgradeProgress</name>
    <message>
        <location filename="../../gui/upgrade_progress.py" line="42"/>
        <source>Upgrading the archive</source>
        <translation>Upgrading the archive</translation>
    </message>
    <message>
        <location filename="../../gui/upgrade_progress.py" line="18"/>
        <source>Step 2 of 2: %1 is brought up to this version&apos;s format…</source>
        <translation>Step 2 of 2: %1 is brought up to this version&apos;s format…</translation>
    </message>
    <message>
        <location filename="../../gui/upgrade_progress.py" line="21"/>
        <source>%1 was written by an older version of Clipfile. Step 1 of 2: a copy of it is kept beside it before it is upgraded…</source>
        <translation>%1 was written by an older version of Clipfile. Step 1 of 2: a copy of it is kept beside it before it is upgraded…</translation>
    </message>
</context>
<context>
    <name>VersionsDialog</name>
    <message>
        <location filename="../../gui/notes/versions.py" line="29"/>
        <source>Note Versions</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/notes/versions.py" line="33"/>
        <source>Version %1 · %2 · %3</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/notes/versions.py" line="40"/>
        <source> (now)</source>
        <translation></translation>
    </message>
    <message>
        <location filename="../../gui/notes/versions.py" line="51"/>
        <source>Restore This Version</source>
        <translation></translation>
    </message>
</context>
</TS>
