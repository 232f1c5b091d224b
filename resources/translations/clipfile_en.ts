<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
    <context>
        <name />
        <message>
            <location filename="../../gui/messages.py" line="18" />
            <source>There is no archive at %1.</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/messages.py" line="20" />
            <source>%1 is not a Clipfile archive. The file was left as it is.</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/messages.py" line="23" />
            <source>%1 is empty, so it is not a Clipfile archive. The file was left as it is.</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/messages.py" line="26" />
            <source>%1 is read-only and needs an upgrade before this version of Clipfile can open it. Make the file writable and try again.</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/messages.py" line="29" />
            <source>That record is no longer in the archive.</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/messages.py" line="30" />
            <source>There is nothing to undo.</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/messages.py" line="35" />
            <source>%1 was written by a newer version of Clipfile (archive format %2; this version reads up to %3). Update Clipfile to open it. The file was left as it is.</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/messages.py" line="44" />
            <source>This archive is open read-only; changes cannot be saved.</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/messages.py" line="48" />
            <source>Clipfile could not use %1: %2</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/messages.py" line="83" />
            <source>This file was imported before.</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/messages.py" line="84" />
            <source>Same text as %1, imported before.</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/messages.py" line="85" />
            <source>The file is empty.</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/messages.py" line="86" />
            <source>Too large for one page (%1 MB). Split it into pages.</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/messages.py" line="87" />
            <source>Not a text file.</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/messages.py" line="88" />
            <source>The text is in no encoding Clipfile knows.</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/messages.py" line="89" />
            <source>The file could not be read: %1</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/messages.py" line="90" />
            <source>The file has no Chinese text.</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/messages.py" line="91" />
            <source>The file is not valid %1.</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/messages.py" line="93" />
            <source>%1 bytes could not be decoded; shown as �, kept in the source.</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/messages.py" line="95" />
            <source>The archive refused the file: %1</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/messages.py" line="97" />
            <source>Not kept: an error in a later file undid the batch this file was written with. Import it again.</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/messages.py" line="100" />
            <source>Clipfile could not read this page (%1). The file was skipped.</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/messages.py" line="102" />
            <source>This is the archive's own file (or its journal), not a page.</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/messages.py" line="124" />
            <source>%1 is not a field; it was searched as text</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/messages.py" line="128" />
            <source>There is no saved search %1</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/messages.py" line="131" />
            <source>%1 is not a date like 2022 or 2021-06..2022-03; it was searched as text</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/messages.py" line="141" />
            <source>There is no place called %1; did you mean %2?</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/messages.py" line="143" />
            <source>There is no place called %1 in the gazetteer.</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/messages.py" line="145" />
            <source>%1 is the name of a county or district in several cities; say which: %2</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/messages.py" line="147" />
            <source>%1 is compared already (as %2).</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/messages.py" line="148" />
            <source>A comparison has at most 6 places.</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/messages.py" line="149" />
            <source>Type the name of a city or county.</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/browse/reader.py" line="48" />
            <source>Select an article to read it.</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/browse/reader.py" line="161" />
            <source>Page %1</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/browse/reader.py" line="188" />
            <source>Summary</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/browse/reader.py" line="203" />
            <source>Reporter</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/browse/reader.py" line="204" />
            <source>Correspondent</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/browse/reader.py" line="205" />
            <source>Author</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/browse/reader.py" line="206" />
            <source>Editor</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/browse/reader.py" line="258" />
            <source>Photo captions</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/browse/reader.py" line="265" />
            <source>Tags</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/browse/reader.py" line="265" />
            <source>Note</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/undo.py" line="29" />
            <source>&amp;Undo %1</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/menus.py" line="27" />
            <source>&amp;File</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/menus.py" line="28" />
            <source>&amp;New Archive…</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/menus.py" line="31" />
            <source>&amp;Open Archive…</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/menus.py" line="34" />
            <source>Open &amp;Recent</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/menus.py" line="38" />
            <source>&amp;Import Files…</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/menus.py" line="42" />
            <source>Import &amp;Folder…</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/menus.py" line="45" />
            <source>&amp;Back Up Now</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/menus.py" line="47" />
            <source>Restore from &amp;Backup…</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/menus.py" line="50" />
            <source>&amp;Preferences…</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/menus.py" line="54" />
            <source>&amp;Quit</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/menus.py" line="57" />
            <source>&amp;Edit</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/menus.py" line="58" />
            <location filename="../../gui/undo.py" line="31" />
            <source>&amp;Undo</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/menus.py" line="66" />
            <source>&amp;View</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/menus.py" line="77" />
            <source>&amp;Review Imports…</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/menus.py" line="81" />
            <source>Rebuild Search &amp;Index</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/menus.py" line="83" />
            <source>&amp;Help</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/menus.py" line="84" />
            <source>&amp;About Clipfile</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/undo.py" line="34" />
            <source>&amp;Redo %1</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/menus.py" line="60" />
            <location filename="../../gui/undo.py" line="36" />
            <source>&amp;Redo</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/safe_browser.py" line="60" />
            <source>Picture not shown: the file cannot be read.</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/safe_browser.py" line="84" />
            <source>Open Link</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/safe_browser.py" line="85" />
            <source>Open this address in your browser?

%1</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/compare/figures_model.py" line="42" />
            <source>page %1</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/compare/figures_model.py" line="128" />
            <source>Reported so in %1 sentences.</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/compare/figures_model.py" line="136" />
            <source>Also reported for %1: %2</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/compare/figures_model.py" line="178" />
            <source>Confirmed by an editor.</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/compare/figures_model.py" line="179" />
            <source>Corrected by an editor.</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/compare/figures_model.py" line="180" />
            <source>Rejected by an editor.</source>
            <translation />
        </message>
    </context>
    <context>
        <name>ArchiveCare</name>
        <message>
            <location filename="../../gui/maintenance/care.py" line="116" />
            <source>Indexing for search: %1%</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/maintenance/care.py" line="127" />
            <source>Clipfile</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/maintenance/care.py" line="129" />
            <source>The search index could not be rebuilt; searches scan the archive instead, which is slower.</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/maintenance/care.py" line="150" />
            <source>Backing up %1…</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/maintenance/care.py" line="164" />
            <source>Restoring %1…</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/maintenance/care.py" line="191" />
            <source>Salvaging %1…</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/maintenance/care.py" line="200" />
            <source>Salvaged</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/maintenance/care.py" line="202" />
            <source>%1 articles, %2 captions and %3 notes were saved into %4. The damaged file is kept as it was.</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/maintenance/care.py" line="217" />
            <source>Salvage into a New File</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/maintenance/care.py" line="219" />
            <source>Clipfile archives (*.sqlite *.db)</source>
            <translation />
        </message>
    </context>
    <context>
        <name>ArticleListModel</name>
        <message>
            <location filename="../../gui/browse/article_model.py" line="26" />
            <source>Date</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/browse/article_model.py" line="27" />
            <source>City</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/browse/article_model.py" line="28" />
            <source>Publication</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/browse/article_model.py" line="29" />
            <source>Section</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/browse/article_model.py" line="30" />
            <source>Title</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/browse/article_model.py" line="31" />
            <source>Photos</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/browse/article_model.py" line="32" />
            <source>Tags</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/browse/article_model.py" line="33" />
            <source>Match</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/browse/article_model.py" line="38" />
            <source>Caption</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/browse/article_model.py" line="39" />
            <source>Note</source>
            <translation />
        </message>
    </context>
    <context>
        <name>BackupListModel</name>
        <message>
            <location filename="../../gui/maintenance/backup_model.py" line="22" />
            <source>Backed up by hand</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/maintenance/backup_model.py" line="23" />
            <source>On closing</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/maintenance/backup_model.py" line="24" />
            <source>Before a restore</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/maintenance/backup_model.py" line="25" />
            <source>Before merging tags</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/maintenance/backup_model.py" line="26" />
            <source>Before a bulk edit</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/maintenance/backup_model.py" line="27" />
            <source>Before an upgrade</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/maintenance/backup_model.py" line="30" />
            <source>Made</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/maintenance/backup_model.py" line="31" />
            <source>Why</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/maintenance/backup_model.py" line="32" />
            <source>Size</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/maintenance/backup_model.py" line="33" />
            <source>Articles</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/maintenance/backup_model.py" line="34" />
            <source>Captions</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/maintenance/backup_model.py" line="35" />
            <source>Notes</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/maintenance/backup_model.py" line="62" />
            <source>unreadable</source>
            <translation />
        </message>
    </context>
    <context>
        <name>BrowseView</name>
        <message>
            <location filename="../../gui/browse/view.py" line="82" />
            <source>Search titles, text, captions and people (Ctrl+F)</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/browse/view.py" line="87" />
            <source>Newest first</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/browse/view.py" line="88" />
            <source>Headlines first</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/browse/view.py" line="89" />
            <source>Order of search results</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/browse/view.py" line="125" />
            <source>&amp;Find</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/browse/view.py" line="128" />
            <source>Next Match</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/browse/view.py" line="133" />
            <source>Previous Match</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/browse/view.py" line="138" />
            <source>&amp;Save Search…</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/browse/view.py" line="141" />
            <source>Move to &amp;Trash</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/browse/view.py" line="144" />
            <source>&amp;Facets</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/browse/view.py" line="147" />
            <source>&amp;Clear Filters</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/browse/view.py" line="222" />
            <source>Searching…</source>
            <translation />
        </message>
        <message numerus="yes">
            <location filename="../../gui/browse/view.py" line="292" />
            <location filename="../../gui/browse/view.py" line="301" />
            <source>%Ln article(s)</source>
            <translation>
                <numerusform>%Ln article</numerusform>
                <numerusform>%Ln articles</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/browse/view.py" line="279" />
            <source>%1+ articles, counting…</source>
            <translation />
        </message>
        <message numerus="yes">
            <location filename="../../gui/browse/view.py" line="293" />
            <source>%Ln caption(s)</source>
            <translation>
                <numerusform>%Ln caption</numerusform>
                <numerusform>%Ln captions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/browse/view.py" line="294" />
            <source>%Ln note(s)</source>
            <translation>
                <numerusform>%Ln note</numerusform>
                <numerusform>%Ln notes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../gui/browse/view.py" line="305" />
            <source>%Ln article(s), listing…</source>
            <translation>
                <numerusform>%Ln article, listing…</numerusform>
                <numerusform>%Ln articles, listing…</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../gui/browse/view.py" line="316" />
            <source>This archive has no articles yet.</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/browse/view.py" line="319" />
            <source>No articles match %1.</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/browse/view.py" line="321" />
            <source>Press Esc in the search box or choose View ▸ Clear Filters to see every article.</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/browse/view.py" line="327" />
            <source>Search failed</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/browse/view.py" line="328" />
            <source>Search failed: %1</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/browse/view.py" line="413" />
            <source>Deleted in the list</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/browse/view.py" line="419" />
            <source>Move to Trash</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/browse/view.py" line="421" />
            <source>%1 notes link to the %2 articles chosen. Move them to the trash anyway? The links will show the articles as missing.</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/browse/view.py" line="434" />
            <source>Type a search first, then save it.</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/browse/view.py" line="438" />
            <source>Save Search</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/browse/view.py" line="439" />
            <source>Name for this search:</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/browse/view.py" line="449" />
            <source>Edit Saved Search</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/browse/view.py" line="450" />
            <source>Search for %1:</source>
            <translation />
        </message>
    </context>
    <context>
        <name>CaptionFacets</name>
        <message>
            <location filename="../../gui/captions/facets.py" line="15" />
            <source>Photographer</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/captions/facets.py" line="16" />
            <source>County</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/captions/facets.py" line="17" />
            <source>Year</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/captions/facets.py" line="18" />
            <source>Kind</source>
            <translation />
        </message>
    </context>
    <context>
        <name>CaptionsModel</name>
        <message>
            <location filename="../../gui/captions/caption_model.py" line="20" />
            <source>Label</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/captions/caption_model.py" line="21" />
            <source>Date</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/captions/caption_model.py" line="22" />
            <source>Place</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/captions/caption_model.py" line="23" />
            <source>Photographers</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/captions/caption_model.py" line="24" />
            <source>Credit</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/captions/caption_model.py" line="25" />
            <source>Kind</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/captions/caption_model.py" line="26" />
            <source>Caption</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/captions/caption_model.py" line="27" />
            <source>Article</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/captions/caption_model.py" line="30" />
            <source>News photo</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/captions/caption_model.py" line="31" />
            <source>File photo (资料图)</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/captions/caption_model.py" line="32" />
            <source>Supplied (供图)</source>
            <translation />
        </message>
    </context>
    <context>
        <name>CaptionsView</name>
        <message>
            <location filename="../../gui/captions/view.py" line="109" />
            <source>Search captions (the search box's language: 工作人员 city:焦作)</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/captions/view.py" line="112" />
            <source>With pictures</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/captions/view.py" line="113" />
            <source>Show as pictures</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/captions/view.py" line="115" />
            <source>Clear Filters</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/captions/view.py" line="117" />
            <source>Import Pictures Folder…</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/captions/view.py" line="118" />
            <source>Export Fields (IPTC)…</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/captions/view.py" line="181" />
            <source>Open Article</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/captions/view.py" line="182" />
            <source>Attach Picture…</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/captions/view.py" line="183" />
            <source>Remove Picture</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/captions/view.py" line="186" />
            <source>Use the Picture's Fields</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/captions/view.py" line="187" />
            <source>Add Note…</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/captions/view.py" line="188" />
            <source>Save Picture with Its Fields…</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/captions/view.py" line="307" />
            <source>%1 captions</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/captions/view.py" line="360" />
            <source>No caption chosen.</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/captions/view.py" line="362" />
            <source>Drop a picture here</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/captions/view.py" line="378" />
            <source>Date</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/captions/view.py" line="378" />
            <source>Place</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/captions/view.py" line="379" />
            <source>Photographers</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/captions/view.py" line="379" />
            <source>Credit</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/captions/view.py" line="380" />
            <source>Kind</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/captions/view.py" line="380" />
            <source>Article</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/captions/view.py" line="393" />
            <source>Tags</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/captions/view.py" line="396" />
            <source>Notes</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/captions/view.py" line="418" />
            <source>No picture: drop one here</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/captions/view.py" line="420" />
            <source>loading…</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/captions/view.py" line="435" />
            <source>Cannot show this picture: %1</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/captions/view.py" line="457" />
            <source>The picture says: %1</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/captions/view.py" line="497" />
            <source>Attach Picture</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/captions/view.py" line="499" />
            <source>Pictures (*.jpg *.jpeg *.png *.gif *.tif *.tiff *.webp *.bmp)</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/captions/view.py" line="540" />
            <source>Save Picture with Its Fields</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/captions/view.py" line="555" />
            <source>Export Fields (IPTC)</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/captions/view.py" line="581" />
            <source>Note on the Caption</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/captions/view.py" line="581" />
            <source>Note (Markdown):</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/captions/view.py" line="593" />
            <source>Import Pictures Folder</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/captions/view.py" line="608" />
            <source>line %1: %2</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/captions/view.py" line="613" />
            <source>Nothing was attached; these lines need fixing:</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/captions/view.py" line="622" />
            <source>Pictures</source>
            <translation />
        </message>
    </context>
    <context>
        <name>ChartPane</name>
        <message>
            <location filename="../../gui/compare/figures_chart.py" line="98" />
            <source>Across years</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/compare/figures_chart.py" line="99" />
            <source>Places side by side</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/compare/figures_chart.py" line="103" />
            <source>Save as PNG…</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/compare/figures_chart.py" line="105" />
            <source>Save as SVG…</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/compare/figures_chart.py" line="268" />
            <source>Sources:</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/compare/figures_chart.py" line="284" />
            <source>Save Chart</source>
            <translation />
        </message>
    </context>
    <context>
        <name>CompareColumn</name>
        <message>
            <location filename="../../gui/compare/column.py" line="127" />
            <source>Stop comparing %1</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/compare/column.py" line="163" />
            <source>Choose a record above to read it here.</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/compare/column.py" line="190" />
            <source>Searching…</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/compare/column.py" line="213" />
            <source>%1 records</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/compare/column.py" line="215" />
            <source>%1 articles</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/compare/column.py" line="216" />
            <source>%1 captions</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/compare/column.py" line="217" />
            <source>%1 notes</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/compare/column.py" line="228" />
            <source> · %1 more mention it</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/compare/column.py" line="235" />
            <source>No records of %1 match this filter. Records are found by the city or county they are attributed to; tick “Also records that mention the place” to see those that only name it.</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/compare/column.py" line="239" />
            <source>The archive has no records attributed to %1 yet.</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/compare/column.py" line="245" />
            <source>Notes (%1)</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/compare/column.py" line="249" />
            <source>Notes on %1: none yet. Click to add one.</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/compare/column.py" line="290" />
            <location filename="../../gui/compare/column.py" line="307" />
            <source>That record is no longer in the archive.</source>
            <translation />
        </message>
    </context>
    <context>
        <name>CompareView</name>
        <message>
            <location filename="../../gui/compare/view.py" line="114" />
            <source>Comparisons kept in this archive</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/compare/view.py" line="118" />
            <source>Save As…</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/compare/view.py" line="121" />
            <source>Comparison</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/compare/view.py" line="124" />
            <source>Save</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/compare/view.py" line="125" />
            <source>Rename…</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/compare/view.py" line="126" />
            <source>Delete</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/compare/view.py" line="129" />
            <source>Notes on This Comparison</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/compare/view.py" line="133" />
            <source>Export</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/compare/view.py" line="141" />
            <source>Add a city or county: 焦作, 修武县…</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/compare/view.py" line="152" />
            <source>Add</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/compare/view.py" line="155" />
            <source>Comparison:</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/compare/view.py" line="167" />
            <source>◀ Previous Match</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/compare/view.py" line="168" />
            <source>Next Match ▶</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/compare/view.py" line="169" />
            <source>Linked</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/compare/view.py" line="173" />
            <source>Next and previous match move every column's reader together</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/compare/view.py" line="175" />
            <source>Align</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/compare/view.py" line="176" />
            <source>Every reader back to its first match</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/compare/view.py" line="187" />
            <location filename="../../gui/compare/view.py" line="357" />
            <source>Up to %1 places; drag a column's head to move it.</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/compare/view.py" line="211" />
            <source>Add two to six cities or counties above to read how each reports the same story, side by side. Or choose cities in the Browse view's sidebar and pick “Compare These”.</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/compare/view.py" line="223" />
            <source>Columns</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/compare/view.py" line="228" />
            <source>Matrix</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/compare/view.py" line="232" />
            <source>Figures</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/compare/view.py" line="292" />
            <source>No archive is open.</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/compare/view.py" line="440" />
            <source>No match of the filter's words in the readers.</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/compare/view.py" line="451" />
            <source>(not saved)</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/compare/view.py" line="496" />
            <source>Add the places to compare first.</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/compare/view.py" line="500" />
            <source>Save Comparison</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/compare/view.py" line="501" />
            <source>Name for this comparison:</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/compare/view.py" line="523" />
            <source>Rename Comparison</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/compare/view.py" line="523" />
            <source>New name:</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/compare/view.py" line="539" />
            <source>Delete Comparison</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/compare/view.py" line="541" />
            <source>Delete the comparison %1? Its notes go to the trash; Undo brings both back.</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/compare/view.py" line="601" />
            <source>Export Comparison</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/compare/view.py" line="626" />
            <source>Could not write %1: %2</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/compare/view.py" line="631" />
            <source>Exported to %1</source>
            <translation />
        </message>
    </context>
    <context>
        <name>DamageDialog</name>
        <message>
            <location filename="../../gui/maintenance/care.py" line="32" />
            <source>Damaged archive</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/maintenance/care.py" line="34" />
            <source>This archive file is damaged (%1). It is open read-only so that nothing more is written to it.</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/maintenance/care.py" line="41" />
            <source>Restore the newest good backup, or salvage what is readable into a new archive file. The damaged file is kept as it is.</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/maintenance/care.py" line="48" />
            <source>Restore from Backup…</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/maintenance/care.py" line="52" />
            <source>Salvage into a New File…</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/maintenance/care.py" line="56" />
            <source>Keep Reading</source>
            <translation />
        </message>
    </context>
    <context>
        <name>EditDialog</name>
        <message>
            <location filename="../../gui/review/window.py" line="379" />
            <source>Edit</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/review/window.py" line="384" />
            <source>Kicker</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/review/window.py" line="385" />
            <source>Headline</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/review/window.py" line="386" />
            <source>Subtitle</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/review/window.py" line="387" />
            <source>Summary</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/review/window.py" line="388" />
            <source>Dateline</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/review/window.py" line="389" />
            <source>Date</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/review/window.py" line="390" />
            <source>Section</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/review/window.py" line="391" />
            <source>County</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/review/window.py" line="392" />
            <source>Label</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/review/window.py" line="393" />
            <source>Text</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/review/window.py" line="394" />
            <source>Credit line</source>
            <translation />
        </message>
    </context>
    <context>
        <name>FacetModel</name>
        <message>
            <location filename="../../gui/browse/facet_model.py" line="25" />
            <source>Cities</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/browse/facet_model.py" line="26" />
            <source>Counties</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/browse/facet_model.py" line="27" />
            <source>Years</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/browse/facet_model.py" line="28" />
            <source>Publications</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/browse/facet_model.py" line="29" />
            <source>Sections</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/browse/facet_model.py" line="30" />
            <source>People</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/browse/facet_model.py" line="31" />
            <source>Tags</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/browse/facet_model.py" line="32" />
            <source>Saved searches</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/browse/facet_model.py" line="122" />
            <source>Facet</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/browse/facet_model.py" line="123" />
            <source>Count</source>
            <translation />
        </message>
    </context>
    <context>
        <name>FacetPanel</name>
        <message>
            <location filename="../../gui/browse/facet_panel.py" line="88" />
            <source>Notes on %1…</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/browse/facet_panel.py" line="95" />
            <source>Edit Saved Search…</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/browse/facet_panel.py" line="99" />
            <source>Delete Saved Search</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/browse/facet_panel.py" line="110" />
            <source>Take %1 Out of the Choice</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/browse/facet_panel.py" line="112" />
            <source>Add %1 to the Choice</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/browse/facet_panel.py" line="122" />
            <source>Compare These (%1)</source>
            <translation />
        </message>
    </context>
    <context>
        <name>FiguresChart</name>
        <message>
            <location filename="../../gui/compare/figures_chart.py" line="65" />
            <source>%1 — Figures</source>
            <translation />
        </message>
    </context>
    <context>
        <name>FiguresPanel</name>
        <message>
            <location filename="../../gui/compare/figures_table.py" line="85" />
            <source>Chart…</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/compare/figures_table.py" line="86" />
            <source>The chosen indicator across years</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/compare/figures_table.py" line="89" />
            <location filename="../../gui/compare/figures_table.py" line="359" />
            <source>Export Figures</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/compare/figures_table.py" line="172" />
            <source>Reading the figures from the text…</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/compare/figures_table.py" line="198" />
            <source>Reading the figures from the text… %1%</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/compare/figures_table.py" line="228" />
            <source>Add places above to compare their figures.</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/compare/figures_table.py" line="231" />
            <source>No figures are reported for these places yet. Figures are read from the articles' text as they are imported.</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/compare/figures_table.py" line="236" />
            <source>Each place's latest total and its year; hover for the sentence, click to read the article, right-click to confirm, reject or correct.</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/compare/figures_table.py" line="241" />
            <source>⚠ %1 with conflicting reports.</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/compare/figures_table.py" line="277" />
            <source>Read the Article</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/compare/figures_table.py" line="282" />
            <source>Confirm %1</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/compare/figures_table.py" line="283" />
            <source>Reject %1</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/compare/figures_table.py" line="288" />
            <source>Correct…</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/compare/figures_table.py" line="292" />
            <source>Back to the Value Read</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/compare/figures_table.py" line="297" />
            <source>Use %1 Instead (Confirm It)</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/compare/figures_table.py" line="306" />
            <source>Chart %1…</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/compare/figures_table.py" line="324" />
            <source>Correct Figure</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/compare/figures_table.py" line="325" />
            <source>%1 in this sentence, in %2:</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/compare/figures_table.py" line="376" />
            <source>Figures: %1</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/compare/figures_table.py" line="385" />
            <source>Could not write %1: %2</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/compare/figures_table.py" line="390" />
            <source>Exported to %1</source>
            <translation />
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <location filename="../../gui/compare/filter_bar.py" line="42" />
            <source>Filter every column: 人才 OR 科技金融 -招聘 …</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/compare/filter_bar.py" line="46" />
            <source>Any tag</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/compare/filter_bar.py" line="47" />
            <source>from 2021</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/compare/filter_bar.py" line="48" />
            <source>to 2023-06</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/compare/filter_bar.py" line="49" />
            <source>Any paper</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/compare/filter_bar.py" line="50" />
            <source>Any section</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/compare/filter_bar.py" line="52" />
            <source>Also records that mention the place</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/compare/filter_bar.py" line="56" />
            <source>Besides the records attributed to each place, list those that name it in their text (marked “mentions”).</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/compare/filter_bar.py" line="102" />
            <source>A year, a month or a day: 2021, 2021-06, 2021-06-30</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/compare/filter_bar.py" line="151" />
            <source>%1 is not a date like 2021 or 2021-06; it is left out</source>
            <translation />
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <location filename="../../gui/importing/dialog.py" line="64" />
            <source>Import</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/importing/dialog.py" line="77" />
            <source>Reading files…</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/importing/dialog.py" line="105" />
            <source>Cancelling: the file in progress is rolled back…</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/importing/dialog.py" line="126" />
            <source>%1 of %2 files · %3 articles · %4 captions · about %5 s left</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/importing/dialog.py" line="138" />
            <source>Done: %1 articles and %2 captions from %3 files; %4 already imported, %5 failed.</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/importing/dialog.py" line="143" />
            <source>Cancelled: %1 articles and %2 captions from %3 files were kept; %4 already imported, %5 failed.</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/importing/dialog.py" line="159" />
            <source>The import could not start: %1</source>
            <translation />
        </message>
    </context>
    <context>
        <name>ImportSummaryModel</name>
        <message>
            <location filename="../../gui/importing/summary_model.py" line="24" />
            <source>File</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/importing/summary_model.py" line="25" />
            <source>Result</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/importing/summary_model.py" line="26" />
            <source>Articles</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/importing/summary_model.py" line="27" />
            <source>Captions</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/importing/summary_model.py" line="28" />
            <source>Left over</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/importing/summary_model.py" line="29" />
            <source>Note</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/importing/summary_model.py" line="32" />
            <source>Added</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/importing/summary_model.py" line="33" />
            <source>Updated</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/importing/summary_model.py" line="34" />
            <source>Already imported</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/importing/summary_model.py" line="35" />
            <source>Failed</source>
            <translation />
        </message>
    </context>
    <context>
        <name>Importer</name>
        <message>
            <location filename="../../gui/importing/actions.py" line="15" />
            <source>Pages (*.txt *.md *.html *.htm *.json *.jsonl *.csv);;All files (*)</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/importing/actions.py" line="31" />
            <source>Import Files</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/importing/actions.py" line="38" />
            <source>Import Folder</source>
            <translation />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../gui/main_window.py" line="52" />
            <location filename="../../gui/main_window.py" line="305" />
            <source>Clipfile</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="176" />
            <source>Something went wrong: %1</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="166" />
            <source>(in memory)</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="167" />
            <source>%1 — Clipfile</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="280" />
            <source>Read-only</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="195" />
            <source>New Archive</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="41" />
            <source>Clipfile archives (*.sqlite *.db);;All files (*)</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="71" />
            <source>Browse</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="72" />
            <source>Compare</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="73" />
            <source>Notes</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="103" />
            <source>Captions</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="104" />
            <source>People</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="185" />
            <source>%1 already exists. Choose a new file name for the new archive.</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="205" />
            <source>Open Archive</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="216" />
            <source>No recent archives</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="296" />
            <source>Folding traditional characters needs the OpenCC package, which is not installed.</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="310" />
            <source>About Clipfile</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/main_window.py" line="312" />
            <source>&lt;h3&gt;Clipfile 剪报档案&lt;/h3&gt;&lt;p&gt;A desktop archive of newspaper articles and photo captions, for editors and archivists.&lt;/p&gt;</source>
            <translation />
        </message>
    </context>
    <context>
        <name>MatrixModel</name>
        <message>
            <location filename="../../gui/compare/matrix_model.py" line="134" />
            <source>%1 · %2: %3 of its %4 records (%5)</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/compare/matrix_model.py" line="143" />
            <source>%1 tagged passages</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/compare/matrix_model.py" line="163" />
            <source>Total</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/compare/matrix_model.py" line="175" />
            <source>%1 records under the filter</source>
            <translation />
        </message>
    </context>
    <context>
        <name>MatrixPanel</name>
        <message>
            <location filename="../../gui/compare/matrix_panel.py" line="90" />
            <location filename="../../gui/compare/matrix_panel.py" line="222" />
            <source>Choose a cell to read its passages.</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/compare/matrix_panel.py" line="115" />
            <source>Top-level tags</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/compare/matrix_panel.py" line="118" />
            <source>The rows are this tag's children (the top-level tags if empty)</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/compare/matrix_panel.py" line="120" />
            <source>Count each tag with its children</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/compare/matrix_panel.py" line="124" />
            <source>Records</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/compare/matrix_panel.py" line="125" />
            <source>Present or absent</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/compare/matrix_panel.py" line="126" />
            <source>Share of the place's records</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/compare/matrix_panel.py" line="129" />
            <source>Transpose</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/compare/matrix_panel.py" line="130" />
            <source>Export CSV…</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/compare/matrix_panel.py" line="140" />
            <source>Rows:</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/compare/matrix_panel.py" line="190" />
            <source>Add the places to compare first.</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/compare/matrix_panel.py" line="195" />
            <source>Counting…</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/compare/matrix_panel.py" line="225" />
            <source>Only the first %1 tags are shown.</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/compare/matrix_panel.py" line="232" />
            <source>None of these places' records under the filter carries these tags.</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/compare/matrix_panel.py" line="242" />
            <source>There is no tag called %1.</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/compare/matrix_panel.py" line="245" />
            <source>This archive has no tags yet: tag records in the Browse view and their counts by place show here.</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/compare/matrix_panel.py" line="270" />
            <source>%1 · %2: %3 passages</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/compare/matrix_panel.py" line="301" />
            <source>List Its Records in the Columns</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/compare/matrix_panel.py" line="307" />
            <source>Read Its Passages</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/compare/matrix_panel.py" line="310" />
            <source>Notes on This Cell…</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/compare/matrix_panel.py" line="332" />
            <source>Export Matrix</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/compare/matrix_panel.py" line="339" />
            <source>Could not write %1: %2</source>
            <translation />
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <location filename="../../gui/messages.py" line="56" />
            <source>Edit article</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/messages.py" line="57" />
            <source>Move to trash</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/messages.py" line="58" />
            <source>Add note</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/messages.py" line="59" />
            <source>Tag</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/messages.py" line="60" />
            <source>Remove tag</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/messages.py" line="61" />
            <source>Merge articles</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/messages.py" line="62" />
            <source>Split article</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/messages.py" line="63" />
            <source>Paragraph to caption</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/messages.py" line="64" />
            <source>Caption to paragraph</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/messages.py" line="65" />
            <source>Move caption</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/messages.py" line="66" />
            <source>Edit caption</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/messages.py" line="67" />
            <source>Edit people</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/messages.py" line="68" />
            <source>Place leftover</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/messages.py" line="69" />
            <source>Edit</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/messages.py" line="70" />
            <source>Save search</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/messages.py" line="71" />
            <source>Delete saved search</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/messages.py" line="110" />
            <source>an unmatched ')' was ignored</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/messages.py" line="113" />
            <source>a '(' without its ')' was closed at the end</source>
            <translation />
        </message>
    </context>
    <context>
        <name>NoteEditor</name>
        <message>
            <location filename="../../gui/notes/editor.py" line="70" />
            <source>Write in Markdown: **bold**, - lists, &gt; quotes, [[ links an article</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/notes/editor.py" line="102" />
            <source>Bold</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/notes/editor.py" line="103" />
            <source>Italic</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/notes/editor.py" line="104" />
            <source>Heading</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/notes/editor.py" line="105" />
            <source>List</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/notes/editor.py" line="106" />
            <source>Quote</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/notes/editor.py" line="107" />
            <source>Link</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/notes/editor.py" line="108" />
            <source>Table</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/notes/editor.py" line="109" />
            <source>Link This Article</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/notes/editor.py" line="110" />
            <source>Quote Selection</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/notes/editor.py" line="111" />
            <source>Today's Date</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/notes/editor.py" line="130" />
            <source>This note is in the trash.</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/notes/editor.py" line="154" />
            <location filename="../../gui/notes/editor.py" line="195" />
            <source>Saved</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/notes/editor.py" line="168" />
            <source>An empty note is not saved.</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/notes/editor.py" line="170" />
            <source>Saving…</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/notes/editor.py" line="211" />
            <source>missing</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/notes/editor.py" line="281" />
            <source>Select a passage in the reader first.</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/notes/editor.py" line="289" />
            <source>page %1</source>
            <translation />
        </message>
    </context>
    <context>
        <name>NotesListModel</name>
        <message>
            <location filename="../../gui/notes/list_model.py" line="23" />
            <source>Changed</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/notes/list_model.py" line="24" />
            <source>Author</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/notes/list_model.py" line="25" />
            <source>About</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/notes/list_model.py" line="26" />
            <source>Note</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/notes/list_model.py" line="29" />
            <source>Article</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/notes/list_model.py" line="30" />
            <source>Caption</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/notes/list_model.py" line="31" />
            <source>Passage</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/notes/list_model.py" line="32" />
            <source>City</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/notes/list_model.py" line="33" />
            <source>County</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/notes/list_model.py" line="34" />
            <source>Tag</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/notes/list_model.py" line="35" />
            <source>Saved search</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/notes/list_model.py" line="36" />
            <source>Journal</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/notes/list_model.py" line="37" />
            <source>Comparison</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/notes/list_model.py" line="38" />
            <source>Matrix cell</source>
            <translation />
        </message>
    </context>
    <context>
        <name>NotesPanel</name>
        <message>
            <location filename="../../gui/notes/panel.py" line="44" />
            <source>Add Note</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/notes/panel.py" line="45" />
            <source>Done</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/notes/panel.py" line="124" />
            <source>Notes</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/notes/panel.py" line="133" />
            <source>Notes (%1)</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/notes/panel.py" line="134" />
            <source>missing</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/notes/panel.py" line="143" />
            <source>Linked from</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/notes/panel.py" line="144" />
            <source>Named in</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/notes/panel.py" line="149" />
            <source>Edit</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/notes/panel.py" line="149" />
            <source>Delete</source>
            <translation />
        </message>
    </context>
    <context>
        <name>NotesView</name>
        <message>
            <location filename="../../gui/notes/view.py" line="77" />
            <source>Search notes (the search box's language: 核实 city:焦作 tag:人才)</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/notes/view.py" line="81" />
            <source>About anything</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/notes/view.py" line="89" />
            <source>Any time</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/notes/view.py" line="90" />
            <source>Last 7 days</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/notes/view.py" line="91" />
            <source>Last 30 days</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/notes/view.py" line="92" />
            <source>Last year</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/notes/view.py" line="97" />
            <source>Trash</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/notes/view.py" line="98" />
            <location filename="../../gui/notes/view.py" line="199" />
            <source>New Journal Note</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/notes/view.py" line="100" />
            <source>All Notes</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/notes/view.py" line="138" />
            <source>Show What It Is About</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/notes/view.py" line="139" />
            <source>Versions…</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/notes/view.py" line="140" />
            <location filename="../../gui/notes/view.py" line="290" />
            <source>Move to Trash</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/notes/view.py" line="192" />
            <source>Only notes on %1</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/notes/view.py" line="197" />
            <source>New Note on %1</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/notes/view.py" line="211" />
            <source>Anyone</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/notes/view.py" line="239" />
            <source>%1 notes</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/notes/view.py" line="288" />
            <source>Restore from Trash</source>
            <translation />
        </message>
    </context>
    <context>
        <name>PersonFilterBar</name>
        <message>
            <location filename="../../gui/people/filter_bar.py" line="22" />
            <source>Person Page</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/people/filter_bar.py" line="23" />
            <source>✕ Show Everyone</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/people/filter_bar.py" line="37" />
            <source>Showing the records of %1</source>
            <translation />
        </message>
    </context>
    <context>
        <name>PersonView</name>
        <message>
            <location filename="../../gui/people/view.py" line="40" />
            <source>Reporter</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/people/view.py" line="41" />
            <source>Correspondent</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/people/view.py" line="42" />
            <source>Photographer</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/people/view.py" line="43" />
            <source>Author</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/people/view.py" line="44" />
            <source>Editor</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/people/view.py" line="74" />
            <source>A reporter's or photographer's name</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/people/view.py" line="82" />
            <source>✕ Close Page</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/people/view.py" line="83" />
            <source>Merge Another Spelling…</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/people/view.py" line="94" />
            <source>County</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/people/view.py" line="94" />
            <location filename="../../gui/people/view.py" line="120" />
            <location filename="../../gui/people/view.py" line="302" />
            <source>Articles</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/people/view.py" line="94" />
            <location filename="../../gui/people/view.py" line="120" />
            <location filename="../../gui/people/view.py" line="303" />
            <source>Captions</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/people/view.py" line="96" />
            <source>Places covered</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/people/view.py" line="96" />
            <source>Records</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/people/view.py" line="100" />
            <source>Kind</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/people/view.py" line="101" />
            <source>Date</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/people/view.py" line="102" />
            <source>Title</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/people/view.py" line="103" />
            <source>Place</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/people/view.py" line="104" />
            <source>Role</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/people/view.py" line="120" />
            <source>Name</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/people/view.py" line="144" />
            <source>Records by year</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/people/view.py" line="176" />
            <source>Nobody called %1 is credited in this archive.</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/people/view.py" line="194" />
            <source>People</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/people/view.py" line="206" />
            <source>Person: %1</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/people/view.py" line="212" />
            <source>%1 articles and %2 captions (%3)</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/people/view.py" line="218" />
            <source>also spelled %1</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/people/view.py" line="235" />
            <source>Article</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/people/view.py" line="235" />
            <source>Caption</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/people/view.py" line="248" />
            <source>Also in the archive as %1</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/people/view.py" line="252" />
            <source>Merge Into %1</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/people/view.py" line="345" />
            <source>Merge Another Spelling</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/people/view.py" line="346" />
            <source>Everything credited to this name is credited to %1:</source>
            <translation />
        </message>
    </context>
    <context>
        <name>PreferencesDialog</name>
        <message>
            <location filename="../../gui/preferences.py" line="23" />
            <source>Preferences</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/preferences.py" line="26" />
            <source>Your name, recorded with every edit</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/preferences.py" line="29" />
            <source>System language</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/preferences.py" line="41" />
            <source>Editor name:</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/preferences.py" line="42" />
            <source>Language (after restart):</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/preferences.py" line="45" />
            <source>Search this archive's traditional and simplified characters alike (rebuilds its search index)</source>
            <translation />
        </message>
    </context>
    <context>
        <name>RecordDelegate</name>
        <message>
            <location filename="../../gui/compare/record_delegate.py" line="23" />
            <source>Caption</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/compare/record_delegate.py" line="24" />
            <source>Note</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/compare/record_delegate.py" line="87" />
            <source>mentions</source>
            <translation />
        </message>
    </context>
    <context>
        <name>RecordTreeModel</name>
        <message>
            <location filename="../../gui/review/record_tree_model.py" line="139" />
            <source>Caption: </source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/review/record_tree_model.py" line="140" />
            <source>Left over: </source>
            <translation />
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <location filename="../../gui/maintenance/backups.py" line="29" />
            <source>Restore from Backup</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/maintenance/backups.py" line="34" />
            <source>Restoring replaces the archive with the backup you choose. The archive as it is now is kept as a backup of its own first, so nothing is lost.</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/maintenance/backups.py" line="40" />
            <source>This archive has no backups yet. Clipfile makes one when you close it after a change (at most every half hour), before an upgrade, and whenever you choose File ▸ Back Up Now.</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/maintenance/backups.py" line="63" />
            <source>Restore</source>
            <translation />
        </message>
    </context>
    <context>
        <name>ReviewWindow</name>
        <message>
            <location filename="../../gui/review/window.py" line="80" />
            <source>Review Imports</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/review/window.py" line="111" />
            <source>Fixes</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/review/window.py" line="115" />
            <source>Merge with Next Article</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/review/window.py" line="117" />
            <source>Split Here</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/review/window.py" line="118" />
            <source>Make Caption</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/review/window.py" line="120" />
            <source>Make Paragraph</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/review/window.py" line="122" />
            <source>Move Caption…</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/review/window.py" line="123" />
            <source>Edit…</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/review/window.py" line="125" />
            <source>Place Leftover…</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/review/window.py" line="128" />
            <source>Undo</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/review/window.py" line="130" />
            <source>Redo</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/review/window.py" line="154" />
            <source>No files have been imported into this archive yet. Use File ▸ Import Files… or drop page files on the main window; each file then appears here beside the records made from it.</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/review/window.py" line="277" />
            <source>There is no next article to merge.</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/review/window.py" line="296" />
            <source>(no article)</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/review/window.py" line="299" />
            <source>Move Caption</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/review/window.py" line="300" />
            <source>Attach the caption to:</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/review/window.py" line="314" />
            <source>(not article text: leave it in the source)</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/review/window.py" line="318" />
            <source>Place Leftover</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/review/window.py" line="319" />
            <source>Add the fragment as the last paragraph of:</source>
            <translation />
        </message>
    </context>
    <context>
        <name>SafeBrowser</name>
        <message>
            <location filename="../../gui/safe_browser.py" line="19" />
            <source>Picture not shown: it is not in the archive's media folder.</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/safe_browser.py" line="22" />
            <source>Picture not shown: the file is missing from the media folder.</source>
            <translation />
        </message>
    </context>
    <context>
        <name>SourceListModel</name>
        <message>
            <location filename="../../gui/review/source_list_model.py" line="48" />
            <source>%1 articles · %2 captions</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/review/source_list_model.py" line="55" />
            <source> · %1 left over</source>
            <translation />
        </message>
    </context>
    <context>
        <name>Thumbnails</name>
        <message>
            <location filename="../../gui/captions/thumbnails.py" line="33" />
            <source>cannot show</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/captions/thumbnails.py" line="34" />
            <source>loading…</source>
            <translation />
        </message>
    </context>
    <context>
        <name>UpgradeProgress</name>
        <message>
            <location filename="../../gui/upgrade_progress.py" line="24" />
            <source>Upgrading the archive</source>
            <translation>Upgrading the archive</translation>
        </message>
        <message>
            <location filename="../../gui/upgrade_progress.py" line="27" />
            <source>%1 was written by an older version of Clipfile. A copy of it is kept beside it before it is upgraded…</source>
            <translation>%1 was written by an older version of Clipfile. A copy of it is kept beside it before it is upgraded…</translation>
        </message>
    </context>
    <context>
        <name>VersionsDialog</name>
        <message>
            <location filename="../../gui/notes/versions.py" line="29" />
            <source>Note Versions</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/notes/versions.py" line="33" />
            <source>Version %1 · %2 · %3</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/notes/versions.py" line="40" />
            <source> (now)</source>
            <translation />
        </message>
        <message>
            <location filename="../../gui/notes/versions.py" line="51" />
            <source>Restore This Version</source>
            <translation />
        </message>
    </context>
</TS>
