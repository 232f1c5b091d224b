<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <location filename="../../gui/messages.py" line="18"/>
        <source>There is no archive at %1.</source>
        <translation>%1 处没有档案库。</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="20"/>
        <source>%1 is not a Clipfile archive. The file was left as it is.</source>
        <translation>%1 不是剪报档案库文件。该文件未作任何改动。</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="23"/>
        <source>%1 is empty, so it is not a Clipfile archive. The file was left as it is.</source>
        <translation>%1 是空文件，不是剪报档案库。该文件未作任何改动。</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="26"/>
        <source>%1 is read-only and needs an upgrade before this version of Clipfile can open it. Make the file writable and try again.</source>
        <translation>%1 是只读文件，且需要升级后才能由此版本的剪报档案打开。请将文件设为可写后重试。</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="29"/>
        <source>That record is no longer in the archive.</source>
        <translation>该记录已不在档案库中。</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="30"/>
        <source>There is nothing to undo.</source>
        <translation>没有可撤销的操作。</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="35"/>
        <source>%1 was written by a newer version of Clipfile (archive format %2; this version reads up to %3). Update Clipfile to open it. The file was left as it is.</source>
        <translation>%1 由更新版本的剪报档案写入（档案格式 %2；本版本最高支持 %3）。请升级剪报档案后再打开。该文件未作任何改动。</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="44"/>
        <source>This archive is open read-only; changes cannot be saved.</source>
        <translation>此档案库以只读方式打开，无法保存修改。</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="48"/>
        <source>Clipfile could not use %1: %2</source>
        <translation>剪报档案无法使用 %1：%2</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="53"/>
        <source>Select an article to read it.</source>
        <translation>选择一篇文章即可阅读。</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="150"/>
        <source>Page %1</source>
        <translation>%1版</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="177"/>
        <source>Summary</source>
        <translation>核心提示</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="192"/>
        <source>Reporter</source>
        <translation>记者</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="193"/>
        <source>Correspondent</source>
        <translation>通讯员</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="194"/>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="195"/>
        <source>Editor</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="247"/>
        <source>Photo captions</source>
        <translation>图片说明</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="254"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../gui/reader.py" line="254"/>
        <source>Note</source>
        <translation>笔记</translation>
    </message>
</context>
<context>
    <name>ArticleListModel</name>
    <message>
        <location filename="../../gui/article_model.py" line="23"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../gui/article_model.py" line="24"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../gui/article_model.py" line="25"/>
        <source>Publication</source>
        <translation>报刊</translation>
    </message>
    <message>
        <location filename="../../gui/article_model.py" line="26"/>
        <source>Section</source>
        <translation>版面</translation>
    </message>
    <message>
        <location filename="../../gui/article_model.py" line="27"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../gui/article_model.py" line="28"/>
        <source>Photos</source>
        <translation>图片</translation>
    </message>
    <message>
        <location filename="../../gui/article_model.py" line="29"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
</context>
<context>
    <name>FacetModel</name>
    <message>
        <location filename="../../gui/facet_model.py" line="20"/>
        <source>Cities</source>
        <translation>城市</translation>
    </message>
    <message>
        <location filename="../../gui/facet_model.py" line="21"/>
        <source>Counties</source>
        <translation>县(市、区)</translation>
    </message>
    <message>
        <location filename="../../gui/facet_model.py" line="22"/>
        <source>Years</source>
        <translation>年份</translation>
    </message>
    <message>
        <location filename="../../gui/facet_model.py" line="23"/>
        <source>Publications</source>
        <translation>报刊</translation>
    </message>
    <message>
        <location filename="../../gui/facet_model.py" line="24"/>
        <source>Sections</source>
        <translation>版面</translation>
    </message>
    <message>
        <location filename="../../gui/facet_model.py" line="25"/>
        <source>People</source>
        <translation>人物</translation>
    </message>
    <message>
        <location filename="../../gui/facet_model.py" line="26"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../gui/facet_model.py" line="102"/>
        <source>Facet</source>
        <translation>分类</translation>
    </message>
    <message>
        <location filename="../../gui/facet_model.py" line="103"/>
        <source>Count</source>
        <translation>数量</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/main_window.py" line="59"/>
        <location filename="../../gui/main_window.py" line="430"/>
        <source>Clipfile</source>
        <translation>剪报档案</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="119"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="124"/>
        <source>Search titles, text, captions and people (Ctrl+F)</source>
        <translation>搜索标题、正文、图片说明和人物（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="136"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="138"/>
        <source>&amp;New Archive…</source>
        <translation>新建档案库(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="142"/>
        <source>&amp;Open Archive…</source>
        <translation>打开档案库(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="145"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="148"/>
        <source>&amp;Preferences…</source>
        <translation>偏好设置(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="152"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="155"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="156"/>
        <location filename="../../gui/main_window.py" line="414"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="158"/>
        <location filename="../../gui/main_window.py" line="419"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="161"/>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="164"/>
        <source>Move to &amp;Trash</source>
        <translation>移到回收站(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="168"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="170"/>
        <source>&amp;Facets</source>
        <translation>分类栏(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="174"/>
        <source>&amp;Clear Filters</source>
        <translation>清除筛选(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="176"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="177"/>
        <source>&amp;About Clipfile</source>
        <translation>关于剪报档案(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="220"/>
        <source>(in memory)</source>
        <translation>（内存中）</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="221"/>
        <source>%1 — Clipfile</source>
        <translation>%1 — 剪报档案</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="223"/>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="231"/>
        <source>New Archive</source>
        <translation>新建档案库</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="233"/>
        <location filename="../../gui/main_window.py" line="257"/>
        <source>Clipfile archives (*.sqlite *.db);;All files (*)</source>
        <translation>剪报档案库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="246"/>
        <source>%1 already exists. Choose a new file name for the new archive.</source>
        <translation>%1 已存在。请为新档案库另取一个文件名。</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="255"/>
        <source>Open Archive</source>
        <translation>打开档案库</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="268"/>
        <source>No recent archives</source>
        <translation>没有最近打开的档案库</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="274"/>
        <source>Searching…</source>
        <translation>正在查找…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../gui/main_window.py" line="304"/>
        <source>%n article(s)</source>
        <translation>
            <numerusform>%n 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="307"/>
        <source>%1+ articles, counting…</source>
        <translation>%1+ 篇文章，正在计数…</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="325"/>
        <source>This archive has no articles yet.</source>
        <translation>此档案库中还没有文章。</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="328"/>
        <source>No articles match %1.</source>
        <translation>没有符合 %1 的文章。</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="330"/>
        <source>Press Esc in the search box or choose View ▸ Clear Filters to see every article.</source>
        <translation>在搜索框中按 Esc，或选择“视图 ▸ 清除筛选”，即可查看全部文章。</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="337"/>
        <source>Search failed: %1</source>
        <translation>搜索失败：%1</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="387"/>
        <source>Deleted in the list</source>
        <translation>在列表中删除</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="412"/>
        <source>&amp;Undo %1</source>
        <translation>撤销%1(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="417"/>
        <source>&amp;Redo %1</source>
        <translation>重做%1(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="435"/>
        <source>About Clipfile</source>
        <translation>关于剪报档案</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="437"/>
        <source>&lt;h3&gt;Clipfile 剪报档案&lt;/h3&gt;&lt;p&gt;A desktop archive of newspaper articles and photo captions, for editors and archivists.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;剪报档案 Clipfile&lt;/h3&gt;&lt;p&gt;面向编辑和档案员的报刊文章与图片说明桌面档案库。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../gui/messages.py" line="56"/>
        <source>Edit article</source>
        <translation>编辑文章</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="57"/>
        <source>Move to trash</source>
        <translation>移到回收站</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="58"/>
        <source>Add note</source>
        <translation>添加笔记</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="59"/>
        <source>Tag</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <location filename="../../gui/messages.py" line="60"/>
        <source>Remove tag</source>
        <translation>移除标签</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../gui/preferences.py" line="22"/>
        <source>Preferences</source>
        <translation>偏好设置</translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="25"/>
        <source>Your name, recorded with every edit</source>
        <translation>您的姓名，每次编辑都会记录</translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="28"/>
        <source>System language</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="40"/>
        <source>Editor name:</source>
        <translation>编辑姓名：</translation>
    </message>
    <message>
        <location filename="../../gui/preferences.py" line="41"/>
        <source>Language (after restart):</source>
        <translation>界面语言（重启后生效）：</translation>
    </message>
</context>
</TS>
