<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>JourneyEditor</name>
    <message>
        <location filename="../../src/journeyeditor/persistence/library_copy.py"/>
        <source>  {0}: {1} kept</source>
        <translation>  {0}：保留{1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/mermaid.py"/>
        <source> ('#' starts a comment in Mermaid)</source>
        <translation>（在 Mermaid 中，“#”之后是注释）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source> (and {0} more)</source>
        <translation>（另有 {0} 项）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source> [read-only]</source>
        <translation>（只读）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source> and </source>
        <translation>和</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/timer.py"/>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source> participants</source>
        <translation> 位参与者</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source> — row {0}, column {1}  ({2}/{3})</source>
        <translation> — 第 {0} 行，第 {1} 列  ({2}/{3})</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;About Journey Editor</source>
        <translation>关于 Journey Editor(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/gaps.py"/>
        <source>&amp;Accept</source>
        <translation>接受(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;Actual Size (100 %)</source>
        <translation>实际大小 (100%)(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;Claims Without Evidence</source>
        <translation>无证据的论断(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>&amp;Colour…</source>
        <translation>颜色(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;Copy This Map into the Project</source>
        <translation>将此旅程图复制到项目中(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <location filename="../../src/journeyeditor/workshop/comments.py"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>&amp;Delete Round</source>
        <translation>删除轮次(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/gaps.py"/>
        <source>&amp;Dismiss</source>
        <translation>忽略(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>&amp;Dots each</source>
        <translation>每人圆点数(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>&amp;End Round</source>
        <translation>结束轮次(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>&amp;Export Results…</source>
        <translation>导出结果(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;Fit to Window</source>
        <translation>适合窗口(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/heatmap_menu.py"/>
        <source>&amp;Heatmap</source>
        <translation>热力图(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>高对比度(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <source>&amp;Import Mermaid Journey…</source>
        <translation>导入 Mermaid 旅程(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <location filename="../../src/journeyeditor/workshop/window.py"/>
        <source>&amp;Insert</source>
        <translation>插入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <location filename="../../src/journeyeditor/workshop/window.py"/>
        <source>&amp;Map</source>
        <translation>旅程图(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;New Map from Template…</source>
        <translation>从模板新建旅程图(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>&amp;New Round…</source>
        <translation>新建轮次(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/heatmap_menu.py"/>
        <source>&amp;Next Heatmap</source>
        <translation>下一个热力图(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;Present</source>
        <translation>演示(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;Redo {0}</source>
        <translation>重做 {0}(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/comments.py"/>
        <source>&amp;Reply…</source>
        <translation>回复(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;Reports</source>
        <translation>报告(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>&amp;Start Voting</source>
        <translation>开始投票(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>&amp;Take Back</source>
        <translation>撤回(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/themes.py"/>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;Undo {0}</source>
        <translation>撤销 {0}(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <location filename="../../src/journeyeditor/workshop/window.py"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>&amp;Vote in This Round</source>
        <translation>在此轮次中投票(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/mermaid.py"/>
        <source>'journey' stands alone on its line</source>
        <translation>“journey”必须单独占一行</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/inspector.py"/>
        <source>(by type)</source>
        <translation>（按类型）</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>（忽略）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/capture.py"/>
        <source>(new lane)</source>
        <translation>（新泳道）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presenter.py"/>
        <source>(no goal written for this stage)</source>
        <translation>（此阶段尚未写下目标）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presenter.py"/>
        <source>(no notes or open comments)</source>
        <translation>（没有备注或未解决的评论）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/canvas/metrics.py"/>
        <source>(no period)</source>
        <translation>（无时段）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/start_page.py"/>
        <source>(none yet)</source>
        <translation>（暂无）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presenter.py"/>
        <source>(part {0} of {1})</source>
        <translation>（第 {0} 部分，共 {1} 部分）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presenter.py"/>
        <source>(paused)</source>
        <translation>（已暂停）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/gaps.py"/>
        <source>(the map's end)</source>
        <translation>（旅程图末尾）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presenter.py"/>
        <source>(untitled card)</source>
        <translation>（无标题卡片）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf_votes.py"/>
        <location filename="../../src/journeyeditor/reports/comments.py"/>
        <location filename="../../src/journeyeditor/ui/priority_matrix.py"/>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>(untitled)</source>
        <translation>（无标题）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>+ Card</source>
        <translation>+ 卡片</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>+ Lane</source>
        <translation>+ 泳道</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>+ Stage</source>
        <translation>+ 阶段</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>+ Step</source>
        <translation>+ 步骤</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>--all exports every map: drop --map, or --all</source>
        <translation>--all 会导出所有旅程图：去掉 --map 或 --all</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>--all is for pdf, png, svg and mermaid: a json export always holds every map</source>
        <translation>--all 用于 pdf、png、svg 和 mermaid：json 导出总是包含所有旅程图</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>--force replaces -o FILE; --into adds to its file</source>
        <translation>--force 用于替换 -o 指定的文件；--into 是向文件中添加</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>--into adds a spreadsheet's maps (csv, tsv, xlsx); a json project makes a new file with -o</source>
        <translation>--into 用于添加电子表格中的地图（csv、tsv、xlsx）；json 项目请用 -o 生成新文件</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library_copy.py"/>
        <source>--keep is for a copy fetched from the library; {0} is not one</source>
        <translation>--keep 用于从资料库取回的副本；{0} 不是这样的副本</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>--layout {0} puts several maps on one page: add --all</source>
        <translation>--layout {0} 会把多个旅程图放在一页上：请加上 --all</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>--map-name names one map, and the workbook has {0} sheets: choose one with --sheet</source>
        <translation>--map-name 只能命名一张地图，而工作簿有 {0} 个工作表：请用 --sheet 选择一个</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>--name must not be empty</source>
        <translation>--name 不能为空</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/png.py"/>
        <source>--scale must be between 0.05 and 8</source>
        <translation>--scale 必须在 0.05 到 8 之间</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>--scale-to-text chooses the page size itself: leave out --page (or add --tile to print it on office paper)</source>
        <translation>--scale-to-text 会自行选择页面尺寸：请去掉 --page（或加上 --tile 以用办公纸打印）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>--{0} is for csv and xlsx imports</source>
        <translation>--{0} 仅用于 csv 和 xlsx 导入</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>1 claim without evidence</source>
        <translation>1 个无证据的论断</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf_votes.py"/>
        <source>1 dot each</source>
        <translation>每人 1 个圆点</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>1 month ago</source>
        <translation>1 个月前</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>1 week ago</source>
        <translation>1 周前</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>1 year ago</source>
        <translation>1 年前</translation>
    </message>
    <message>
        <source>1 — little</source>
        <translation>1 — 很少</translation>
    </message>
    <message>
        <source>1 — low</source>
        <translation>1 — 低</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>100 %</source>
        <translation>100%</translation>
    </message>
    <message>
        <source>1–9, Tab, Shift+Tab while a round is open</source>
        <translation>轮次进行中按 1–9、Tab、Shift+Tab</translation>
    </message>
    <message>
        <source>2</source>
        <translation>2</translation>
    </message>
    <message>
        <source>3</source>
        <translation>3</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>3 months ago</source>
        <translation>3 个月前</translation>
    </message>
    <message>
        <source>4</source>
        <translation>4</translation>
    </message>
    <message>
        <source>5 — a lot</source>
        <translation>5 — 很多</translation>
    </message>
    <message>
        <source>5 — high</source>
        <translation>5 — 高</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>6 months ago</source>
        <translation>6 个月前</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>: {0} x {1} sheets — tape them together in this order</source>
        <translation>：{0} × {1} 张纸 — 按此顺序拼贴</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>; {0} changes in {1} maps since the one before</source>
        <translation>；自上一个快照以来 {1} 张旅程图有 {0} 处变化</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&lt;h3&gt;Journey Editor {0}&lt;/h3&gt;&lt;p&gt;Customer-journey maps and service blueprints: offline, fast on huge maps, printable as wall-sized posters, in every script.&lt;/p&gt;&lt;p&gt;Free software under the GNU GPL, version 3 or later. Fonts: Noto (SIL Open Font License).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Journey Editor {0}&lt;/h3&gt;&lt;p&gt;客户旅程图与服务蓝图：离线可用，超大旅程图也流畅，可打印成整面墙的海报，支持所有文字。&lt;/p&gt;&lt;p&gt;自由软件，依 GNU GPL 第 3 版或更新版本发布。字体：Noto（SIL Open Font License）。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>a .mmd file holds one diagram: write --all to a .md file</source>
        <translation>.mmd 文件只能容纳一张图：请将 --all 写入 .md 文件</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/mermaid.py"/>
        <source>a .mmd file holds one diagram: write several maps to a .md file</source>
        <translation>.mmd 文件只能容纳一张图：多张旅程图请写入 .md 文件</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/model/project.py"/>
        <source>a card moves inside its own map</source>
        <translation>卡片只能在自己的旅程图内移动</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/model/project.py"/>
        <source>a card spans at least one step</source>
        <translation>卡片至少跨一个步骤</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>A comment needs some text</source>
        <translation>评论不能为空</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/model/project.py"/>
        <source>a connector joins two different cards</source>
        <translation>连线必须连接两张不同的卡片</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>a csv holds one map: name it with --map, or export xlsx for a sheet per map</source>
        <translation>一个 csv 只能容纳一张地图：用 --map 指定，或导出 xlsx，每张地图一个工作表</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>A custom KPI needs a name</source>
        <translation>自定义 KPI 需要名称</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/store.py"/>
        <source>a disk input/output error</source>
        <translation>磁盘输入/输出错误</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>a file</source>
        <translation>某个文件</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>A gap sits between two steps: this is the map's last step</source>
        <translation>缺口位于两个步骤之间：这是旅程图的最后一个步骤</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/import_dialog.py"/>
        <source>a journey map</source>
        <translation>一张旅程地图</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/svg.py"/>
        <source>A journey map made with Journey Editor</source>
        <translation>用 Journey Editor 制作的旅程图</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>a library project needs a name</source>
        <translation>资料库中的项目需要一个名称</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>a library project's name must be at most {0} characters</source>
        <translation>库项目的名称最多 {0} 个字符</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>a library project's name must be one line of text, without spaces at either end</source>
        <translation>库项目的名称必须是一行文字，两端不能有空格</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/model/project.py"/>
        <source>a metric belongs to a stage, step or card of its map</source>
        <translation>指标必须属于其旅程图中的阶段、步骤或卡片</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/preferences.py"/>
        <source>A new language shows when Journey Editor starts again.</source>
        <translation>新语言将在 Journey Editor 重新启动后生效。</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>a page side can be at most {0} mm (PDF's 200-inch limit); {1} is larger: use --tile or a smaller page</source>
        <translation>页面边长最多 {0} mm（PDF 的 200 英寸上限）；{1} 超出了：请使用 --tile 或更小的页面</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>a page side must be at least {0} mm</source>
        <translation>页面边长至少为 {0} mm</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>路径中的某一部分不是文件夹</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/mermaid.py"/>
        <source>a section's name cannot hold ':'</source>
        <translation>阶段（section）名称中不能含有“:”</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/import_dialog.py"/>
        <source>a service blueprint</source>
        <translation>一张服务蓝图</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/document.py"/>
        <source>a snapshot; copy cards from it and paste them into the project</source>
        <translation>这是快照；可从中复制卡片，粘贴到项目中</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>A stage keeps at least one step: delete the stage instead</source>
        <translation>每个阶段至少保留一个步骤：请改为删除该阶段</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/model/project.py"/>
        <source>a step belongs to a stage of its own map</source>
        <translation>步骤必须属于其旅程图中的阶段</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/mermaid.py"/>
        <source>a task is 'name: score: actors': this line has more colons</source>
        <translation>任务的格式是“名称: 分数: 参与者”：这一行的冒号太多</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/mermaid.py"/>
        <source>a task needs a name before its ':'</source>
        <translation>任务在“:”之前需要一个名称</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/mermaid.py"/>
        <source>a task needs a score from 0 to 5</source>
        <translation>任务需要一个 0 到 5 的分数</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>a team library needs psycopg: pip install 'journeyeditor[library]'</source>
        <translation>团队资料库需要 psycopg：pip install 'journeyeditor[library]'</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>a time cannot be negative ({0!r})</source>
        <translation>时间不能为负数（{0!r}）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>A voting round needs at least one participant</source>
        <translation>投票轮次至少需要一位参与者</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>A&amp;nonymous: no names, only</source>
        <translation>匿名(&amp;N)：不记名，仅</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>A3 sheets</source>
        <translation>A3 纸</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>A4 sheets</source>
        <translation>A4 纸</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>About Journey Editor</source>
        <translation>关于 Journey Editor</translation>
    </message>
    <message>
        <source>Accept / dismiss the selected suggestion (Ctrl+Z undoes)</source>
        <translation>接受 / 忽略所选建议（Ctrl+Z 撤销）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/gaps.py"/>
        <source>Accept A&amp;ll</source>
        <translation>全部接受(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/gaps.py"/>
        <source>Accept {0} suggested gaps</source>
        <translation>接受 {0} 个建议的缺口</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/mermaid.py"/>
        <source>accTitle takes its value after a colon</source>
        <translation>accTitle 的值写在冒号之后</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>行为</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>行为</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <source>Actors named like a persona of this project become that persona: {0}</source>
        <translation>与本项目中人物角色同名的参与者将成为该人物角色：{0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Add &amp;Card</source>
        <translation>添加卡片(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Add &amp;Gap After This Step…</source>
        <translation>在此步骤后添加缺口(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Add &amp;Lane</source>
        <translation>添加泳道(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Add &amp;Metric…</source>
        <translation>添加指标(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Add &amp;Persona…</source>
        <translation>添加人物角色(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Add &amp;Stage</source>
        <translation>添加阶段(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/panels.py"/>
        <source>Add a map</source>
        <translation>添加旅程图</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/panels.py"/>
        <source>Add a persona</source>
        <translation>添加人物角色</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/canvas/scene.py"/>
        <source>Add a persona (Ctrl+Shift+P) to draw an emotion line here</source>
        <translation>添加一个人物角色（Ctrl+Shift+P）即可在此绘制情绪曲线</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/canvas/items.py"/>
        <source>Add a point</source>
        <translation>添加一个点</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/canvas/items.py"/>
        <source>Add a point for {0}: click at the feeling</source>
        <translation>为 {0} 添加一个点：在对应的情绪处点击</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Add Card Here</source>
        <translation>在此添加卡片</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/window.py"/>
        <source>Add Co&amp;mment…</source>
        <translation>添加评论(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/comments.py"/>
        <location filename="../../src/journeyeditor/workshop/window.py"/>
        <source>Add Comment</source>
        <translation>添加评论</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Add comment</source>
        <translation>添加评论</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/window.py"/>
        <source>Add Comment on the Map…</source>
        <translation>在旅程图上添加评论…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/window.py"/>
        <source>Add Comment…</source>
        <translation>添加评论…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Add emotion point</source>
        <translation>添加情绪点</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <source>Add Evidence</source>
        <translation>添加证据</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/gaps.py"/>
        <source>Add Gap</source>
        <translation>添加缺口</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Add Gap After This Step…</source>
        <translation>在此步骤后添加缺口…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Add Gap Here ({0})…</source>
        <translation>在此添加缺口（{0}）…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Add Lane</source>
        <translation>添加泳道</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Add Lane Above</source>
        <translation>在上方添加泳道</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Add Lane Below</source>
        <translation>在下方添加泳道</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Add map</source>
        <translation>添加旅程图</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>Add Metric</source>
        <translation>添加指标</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Add Metric…</source>
        <translation>添加指标…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Add Next Period…</source>
        <translation>添加下一时段…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Add Point for {0}</source>
        <translation>为 {0} 添加点</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Add S&amp;tep</source>
        <translation>添加步骤(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Add Stage</source>
        <translation>添加阶段</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Add Stage After</source>
        <translation>在后面添加阶段</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Add Stage Before</source>
        <translation>在前面添加阶段</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Add Step</source>
        <translation>添加步骤</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Add Step After</source>
        <translation>在后面添加步骤</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Add Step Before</source>
        <translation>在前面添加步骤</translation>
    </message>
    <message>
        <source>Add that persona's point at the score under the pointer</source>
        <translation>在指针所在的分值处添加该人物角色的点</translation>
    </message>
    <message>
        <source>Add the neighbouring card to the selection</source>
        <translation>将相邻卡片加入选择</translation>
    </message>
    <message>
        <source>Add the next persona's point here (then Up/Down)</source>
        <translation>在此添加下一个人物角色的点（然后按 上/下）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/gaps.py"/>
        <source>Add this gap to the map (Enter)</source>
        <translation>将此缺口添加到旅程图（Enter）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Add this report as pages after the map (A4 or Letter, landscape)</source>
        <translation>将此报告作为旅程图之后的页面添加（A4 或 Letter，横向）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/capture.py"/>
        <source>Add to {0}</source>
        <translation>添加到 {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Add {0}</source>
        <translation>添加{0}</translation>
    </message>
    <message>
        <source>added card {0}</source>
        <translation>新增卡片 {0}</translation>
    </message>
    <message>
        <source>added connector {0}</source>
        <translation>新增连线 {0}</translation>
    </message>
    <message>
        <source>added lane {0}</source>
        <translation>新增泳道 {0}</translation>
    </message>
    <message>
        <source>added map {0}</source>
        <translation>新增旅程图 {0}</translation>
    </message>
    <message>
        <source>added metric {0}</source>
        <translation>新增指标 {0}</translation>
    </message>
    <message>
        <source>added persona {0}</source>
        <translation>新增人物角色 {0}</translation>
    </message>
    <message>
        <source>added stage {0}</source>
        <translation>新增阶段 {0}</translation>
    </message>
    <message>
        <source>added step {0}</source>
        <translation>新增步骤 {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Advocacy</source>
        <translation>推荐</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>下午</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/layout/style.py"/>
        <source>against the source map</source>
        <translation>相对于源旅程图</translation>
    </message>
    <message>
        <source>Aha</source>
        <translation>顿悟时刻</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>All on one page, one under another</source>
        <translation>全部在一页上，上下排列</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>All on one page, side by side</source>
        <translation>全部在一页上，左右并排</translation>
    </message>
    <message>
        <source>All threads</source>
        <translation>全部讨论串</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/library_ui.py"/>
        <source>Also open by: {0}</source>
        <translation>同时打开的还有：{0}</translation>
    </message>
    <message>
        <source>Alt+Arrow keys</source>
        <translation>Alt+方向键</translation>
    </message>
    <message>
        <source>Alt+Left / Alt+Right on a stage or step header</source>
        <translation>在阶段或步骤标题上按 Alt+左 / Alt+右</translation>
    </message>
    <message>
        <source>an input/output error on the disk</source>
        <translation>磁盘发生输入/输出错误</translation>
    </message>
    <message>
        <source>Analytical</source>
        <translation>分析型</translation>
    </message>
    <message>
        <source>analytics</source>
        <translation>数据分析</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/mermaid.py"/>
        <source>and {0} more</source>
        <translation>另有 {0} 处</translation>
    </message>
    <message>
        <source>Anecdotal</source>
        <translation>轶事型</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf_comments.py"/>
        <location filename="../../src/journeyeditor/workshop/comments.py"/>
        <source>Anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>anonymous, {0} participants</source>
        <translation>匿名，{0} 位参与者</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf_votes.py"/>
        <source>Anonymous: {0} participants</source>
        <translation>匿名：{0} 位参与者</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/store.py"/>
        <source>another program is writing it</source>
        <translation>另一个程序正在写入</translation>
    </message>
    <message>
        <source>ARCH E</source>
        <translation>ARCH E</translation>
    </message>
    <message>
        <source>Arrive</source>
        <translation>到达</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>方向键</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/preferences.py"/>
        <source>Asked for when you first comment</source>
        <translation>首次评论时会询问</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>at {0} pt the card text needs a page of {1}, more than PDF's {2} mm: add --tile A4, A3 or letter, or ask for a smaller text size</source>
        <translation>卡片文字为 {0} pt 时需要 {1} 的页面，超过了 PDF 的 {2} mm 上限：请加上 --tile A4、A3 或 letter，或选用更小的文字</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Automatic ({0})</source>
        <translation>自动（{0}）</translation>
    </message>
    <message>
        <source>Awareness</source>
        <translation>认知</translation>
    </message>
    <message>
        <source>B or .</source>
        <translation>B 或 .</translation>
    </message>
    <message>
        <source>Back to the cards below it</source>
        <translation>回到下方的卡片</translation>
    </message>
    <message>
        <source>Backstage</source>
        <translation>后台</translation>
    </message>
    <message>
        <source>Backstage actions</source>
        <translation>后台行为</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/history/restore.py"/>
        <source>Before restoring {0}</source>
        <translation>恢复 {0} 之前</translation>
    </message>
    <message>
        <source>Black screen (again to come back)</source>
        <translation>黑屏（再按一次返回）</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>空白</translation>
    </message>
    <message>
        <source>Blueprint lines</source>
        <translation>蓝图分隔线</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>body</source>
        <translation>正文</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>C&amp;onnect Selected Cards</source>
        <translation>连接所选卡片(&amp;O)</translation>
    </message>
    <message>
        <source>C, or just type</source>
        <translation>C，或直接输入</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel editing (a new empty card goes away)</source>
        <translation>取消编辑（新建的空白卡片会被移除）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Cannot create project</source>
        <translation>无法创建项目</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Cannot open project</source>
        <translation>无法打开项目</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <source>Cannot open {0}: no such file</source>
        <translation>无法打开 {0}：文件不存在</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library_copy.py"/>
        <source>cannot publish to {0}: {1}</source>
        <translation>无法发布到 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>cannot reach the library {0}: {1}</source>
        <translation>无法连接资料库 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/store.py"/>
        <source>cannot replace {0}: {1}</source>
        <translation>无法替换 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/owners_report.py"/>
        <source>Cannot save the report</source>
        <translation>无法保存报告</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>cannot sign in to the library {0}: {1}</source>
        <translation>无法登录资料库 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/fileio.py"/>
        <source>cannot write the file</source>
        <translation>无法写入文件</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Cannot write the project</source>
        <translation>无法写入项目</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/fileio.py"/>
        <source>cannot write {0}: it is a folder</source>
        <translation>无法写入 {0}：它是一个文件夹</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/fileio.py"/>
        <location filename="../../src/journeyeditor/persistence/store.py"/>
        <source>cannot write {0}: it is not an ordinary file</source>
        <translation>无法写入 {0}：它不是普通文件</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/fileio.py"/>
        <location filename="../../src/journeyeditor/persistence/store.py"/>
        <source>cannot write {0}: the folder {1} does not exist</source>
        <translation>无法写入 {0}：文件夹 {1} 不存在</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/fileio.py"/>
        <source>cannot write {0}: the folder {1} is not writable</source>
        <translation>无法写入 {0}：文件夹 {1} 不可写</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/fileio.py"/>
        <location filename="../../src/journeyeditor/persistence/store.py"/>
        <source>cannot write {0}: {1}</source>
        <translation>无法写入 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/fileio.py"/>
        <source>cannot write {0}: {1} is not a folder</source>
        <translation>无法写入 {0}：{1} 不是文件夹</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/shortcuts.py"/>
        <source>Canvas</source>
        <translation>画布</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/capture.py"/>
        <source>Capture “{0}”</source>
        <translation>记录“{0}”</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf_votes.py"/>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>Card</source>
        <translation>卡片</translation>
    </message>
    <message>
        <source>card</source>
        <translation>卡片</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Card text</source>
        <translation>卡片文字</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>card text {0} pt</source>
        <translation>卡片文字 {0} pt</translation>
    </message>
    <message>
        <source>Card title</source>
        <translation>卡片标题</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Card Type</source>
        <translation>卡片类型</translation>
    </message>
    <message>
        <source>Card type</source>
        <translation>卡片类型</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>card type</source>
        <translation>卡片类型</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/layout/style.py"/>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>Card types</source>
        <translation>卡片类型</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>Card “{0}”</source>
        <translation>卡片“{0}”</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/reports/comments.py"/>
        <source>Card: {0}</source>
        <translation>卡片：{0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/reports/rounds.py"/>
        <source>cards in {0} lanes</source>
        <translation>{0} 泳道中的卡片</translation>
    </message>
    <message>
        <source>Cards of a lane</source>
        <translation>某一泳道的卡片</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/import_dialog.py"/>
        <source>Cards: {0} · stages: {1} · lanes: {2} · {3}</source>
        <translation>卡片：{0} · 阶段：{1} · 泳道：{2} · {3}</translation>
    </message>
    <message>
        <source>cell</source>
        <translation>单元格</translation>
    </message>
    <message>
        <source>CES</source>
        <translation>CES</translation>
    </message>
    <message>
        <source>CES (1 to 7, lower is better)</source>
        <translation>CES（1 至 7，越低越好）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Change card type</source>
        <translation>更改卡片类型</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Change emotion scale</source>
        <translation>更改情绪刻度</translation>
    </message>
    <message>
        <source>Change its score</source>
        <translation>更改其分值</translation>
    </message>
    <message>
        <source>CHANGED</source>
        <translation>已更改</translation>
    </message>
    <message>
        <source>changed card {0}</source>
        <translation>修改卡片 {0}</translation>
    </message>
    <message>
        <source>changed connector {0}</source>
        <translation>修改连线 {0}</translation>
    </message>
    <message>
        <source>changed lane {0}</source>
        <translation>修改泳道 {0}</translation>
    </message>
    <message>
        <source>changed map {0}</source>
        <translation>修改旅程图 {0}</translation>
    </message>
    <message>
        <source>changed metric {0}</source>
        <translation>修改指标 {0}</translation>
    </message>
    <message>
        <source>changed persona {0}</source>
        <translation>修改人物角色 {0}</translation>
    </message>
    <message>
        <source>changed stage {0}</source>
        <translation>修改阶段 {0}</translation>
    </message>
    <message>
        <source>changed step {0}</source>
        <translation>修改步骤 {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>Changes</source>
        <translation>变化</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Changes not written</source>
        <translation>更改未写入</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Channel switch</source>
        <translation>渠道切换</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>聊天</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>Choose at least one card type and one lane.</source>
        <translation>请至少选择一种卡片类型和一条泳道。</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/panels.py"/>
        <source>Choose Photo</source>
        <translation>选择照片</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/panels.py"/>
        <source>Choose Photo…</source>
        <translation>选择照片…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>Choose two different snapshots to compare</source>
        <translation>请选择两个不同的快照进行比较</translation>
    </message>
    <message>
        <source>Choose whose turn it is</source>
        <translation>选择轮到谁</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/priority_matrix.py"/>
        <source>Clear rating</source>
        <translation>清除评分</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/date_field.py"/>
        <source>Clear the date</source>
        <translation>清除日期</translation>
    </message>
    <message>
        <source>Click a + handle in the emotion band</source>
        <translation>点击情绪带中的 + 手柄</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>Click a card to place the active participant's dot.</source>
        <translation>点击卡片，为当前参与者放置圆点。</translation>
    </message>
    <message>
        <source>Click a card while a round is open</source>
        <translation>轮次进行中点击卡片</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/gaps.py"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Close Without Them</source>
        <translation>不保存并关闭</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/inspector.py"/>
        <location filename="../../src/journeyeditor/ui/panels.py"/>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/shortcuts.py"/>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>评论</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/comments.py"/>
        <source>Comment deleted (Undo brings it back)</source>
        <translation>评论已删除（撤销可恢复）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/window.py"/>
        <source>Comments</source>
        <translation>评论</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/window.py"/>
        <source>Comments ({0} open)</source>
        <translation>评论（{0} 条未解决）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf_comments.py"/>
        <source>Comments — {0}</source>
        <translation>评论 — {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Comments: bubbles on the map, and a page of its threads</source>
        <translation>评论：旅程图上的气泡，以及列出各讨论串的一页</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>Compare</source>
        <translation>比较</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>Compare Since</source>
        <translation>比较自某时起的变化</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>Compare with</source>
        <translation>比较对象</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Compare with &amp;Source Map</source>
        <translation>与源旅程图比较(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>Compare with the latest snapshot taken by a date: 2026-05-31, or 6 months ago</source>
        <translation>与某日期（如 2026-05-31 或 6 个月前）之前最近的快照比较</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>Compare with:</source>
        <translation>比较对象：</translation>
    </message>
    <message>
        <source>Connect the selected card to the one you go to</source>
        <translation>将所选卡片连接到你移动到的卡片</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Connect {0} cards</source>
        <translation>连接 {0} 张卡片</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Connecting: go to the target card with the arrow keys and press Enter (Esc cancels)</source>
        <translation>正在连接：用方向键移到目标卡片并按 Enter（Esc 取消）</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>连线</translation>
    </message>
    <message>
        <source>connector</source>
        <translation>连线</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Connector label</source>
        <translation>连线标签</translation>
    </message>
    <message>
        <source>Consideration</source>
        <translation>考虑</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>转化率</translation>
    </message>
    <message>
        <source>Conversion (%)</source>
        <translation>转化率（%）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Copied into {0}</source>
        <translation>已复制到 {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>Copy a Map</source>
        <translation>复制旅程图</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>Copy a Map…</source>
        <translation>复制旅程图…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/history/restore.py"/>
        <source>Copy map from {0}</source>
        <translation>从 {0} 复制旅程图</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>计数</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/timer.py"/>
        <source>Countdown</source>
        <translation>倒计时</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Create &amp;Day in the Life from This Journey</source>
        <translation>从此旅程创建一天的生活(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Create &amp;Future State from This Map</source>
        <translation>从此旅程图创建未来状态(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Create day in the life</source>
        <translation>创建一天的生活</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Create future state</source>
        <translation>创建未来状态</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Create Service &amp;Blueprint from This Journey</source>
        <translation>从此旅程创建服务蓝图(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Create service blueprint</source>
        <translation>创建服务蓝图</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Crop and alignment marks</source>
        <translation>裁切与对齐标记</translation>
    </message>
    <message>
        <source>CSAT (%)</source>
        <translation>CSAT（%）</translation>
    </message>
    <message>
        <source>CSAT (1 to 5)</source>
        <translation>CSAT（1 至 5）</translation>
    </message>
    <message>
        <source>CSAT (1–5)</source>
        <translation>CSAT（1–5）</translation>
    </message>
    <message>
        <source>Ctrl+K, arrows, Enter</source>
        <translation>Ctrl+K、方向键、Enter</translation>
    </message>
    <message>
        <source>Ctrl+Right / Ctrl+Left</source>
        <translation>Ctrl+右 / Ctrl+左</translation>
    </message>
    <message>
        <source>Ctrl+wheel</source>
        <translation>Ctrl+滚轮</translation>
    </message>
    <message>
        <source>Ctrl+Z / Ctrl+Shift+Z</source>
        <translation>Ctrl+Z / Ctrl+Shift+Z</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <source>Current state</source>
        <translation>现状</translation>
    </message>
    <message>
        <source>Custom KPI</source>
        <translation>自定义 KPI</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/mermaid.py"/>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>Customer actions</source>
        <translation>用户行为</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Cut</source>
        <translation>剪切</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>D&amp;uplicate</source>
        <translation>创建副本(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/library_ui.py"/>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>day before</source>
        <translation>前一天</translation>
    </message>
    <message>
        <source>Day in the life</source>
        <translation>一天的生活</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Delete Connector</source>
        <translation>删除连线</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Delete Gap</source>
        <translation>删除缺口</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Delete Lane</source>
        <translation>删除泳道</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Delete Metric</source>
        <translation>删除指标</translation>
    </message>
    <message>
        <source>Delete on a step header</source>
        <translation>在步骤标题上按 Delete</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Delete Point</source>
        <translation>删除点</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>Delete Round</source>
        <translation>删除轮次</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Delete Stage</source>
        <translation>删除阶段</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Delete Step</source>
        <translation>删除步骤</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Delete Step (a stage keeps at least one)</source>
        <translation>删除步骤（每个阶段至少保留一个）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/panels.py"/>
        <source>Delete the map</source>
        <translation>删除旅程图</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/panels.py"/>
        <source>Delete the persona</source>
        <translation>删除人物角色</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>Delete the round “{0}” and its {1} dots? (Undo brings them back.)</source>
        <translation>删除轮次“{0}”及其 {1} 个圆点？（撤销可恢复。）</translation>
    </message>
    <message>
        <source>Delete the step and its cards (a stage keeps at least one)</source>
        <translation>删除该步骤及其卡片（每个阶段至少保留一个）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Delete {0}</source>
        <translation>删除{0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Delete {0} items</source>
        <translation>删除 {0} 项</translation>
    </message>
    <message>
        <source>Department hand-off</source>
        <translation>部门交接</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Device switch</source>
        <translation>设备切换</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Dismiss gap suggestion</source>
        <translation>忽略缺口建议</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/gaps.py"/>
        <source>Do not suggest this gap again (Delete)</source>
        <translation>不再建议此缺口（Delete）</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>Dot colour</source>
        <translation>圆点颜色</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf_votes.py"/>
        <source>Dots</source>
        <translation>圆点</translation>
    </message>
    <message>
        <source>Double-click a gap's glyph</source>
        <translation>双击缺口的图标</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/owners_report.py"/>
        <source>Double-click an opportunity (or press Enter) to show it on its map.</source>
        <translation>双击一个机会（或按 Enter）即可在其旅程图上显示。</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/canvas/metrics.py"/>
        <source>Double-click to edit</source>
        <translation>双击以编辑</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Down</source>
        <translation>下</translation>
    </message>
    <message>
        <source>Down on a stage or step header</source>
        <translation>在阶段或步骤标题上按 下</translation>
    </message>
    <message>
        <source>Drag a stage, step or lane header</source>
        <translation>拖动阶段、步骤或泳道标题</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/priority_matrix.py"/>
        <source>Drag an opportunity to a cell to rate it, or to the tray to clear its rating. With the keyboard: Tab picks the next one, the arrows move it a cell, Delete clears its rating.</source>
        <translation>将机会拖到某个格子中为其评分，或拖到托盘中清除评分。使用键盘：Tab 选择下一个，方向键将其移动一格，Delete 清除评分。</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Drag onto the map, or press Enter to add one to the selected cell</source>
        <translation>拖到旅程图上，或按 Enter 在所选单元格中添加</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>已放弃</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/priority_matrix.py"/>
        <source>due {0}</source>
        <translation>截止 {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <location filename="../../src/journeyeditor/ui/panels.py"/>
        <source>Duplicate</source>
        <translation>创建副本</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Duplicate map</source>
        <translation>复制旅程图</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/panels.py"/>
        <source>Duplicate the map</source>
        <translation>复制此旅程图</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>e.g. %, per day, €</source>
        <translation>例如 %、每天、€</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>e.g. Docks full</source>
        <translation>例如 码头已满</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>e.g. Quarterly survey, n = 400</source>
        <translation>例如 季度调查，n = 400</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <source>Each journey becomes a map:</source>
        <translation>每个旅程都会成为一张旅程图：</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Each participant needs at least one vote</source>
        <translation>每位参与者至少需要一票</translation>
    </message>
    <message>
        <source>Early morning</source>
        <translation>清晨</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/panels.py"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Edit &amp;Text</source>
        <translation>编辑文字(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <source>Edit Evidence</source>
        <translation>编辑证据</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <source>Edit evidence</source>
        <translation>编辑证据</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/gaps.py"/>
        <source>Edit Gap</source>
        <translation>编辑缺口</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/gaps.py"/>
        <source>Edit gap</source>
        <translation>编辑缺口</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Edit Gap…</source>
        <translation>编辑缺口…</translation>
    </message>
    <message>
        <source>Edit its kind and note (Delete removes a selected glyph)</source>
        <translation>编辑其类型和备注（Delete 删除所选图标）</translation>
    </message>
    <message>
        <source>Edit its note</source>
        <translation>编辑其备注</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Edit Label…</source>
        <translation>编辑标签…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>Edit Metric</source>
        <translation>编辑指标</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>Edit metric</source>
        <translation>编辑指标</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Edit Metric…</source>
        <translation>编辑指标…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Edit Note</source>
        <translation>编辑备注</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Edit Text</source>
        <translation>编辑文字</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/panels.py"/>
        <source>Edit the persona</source>
        <translation>编辑人物角色</translation>
    </message>
    <message>
        <source>Edit the selected card; add a card in an empty cell</source>
        <translation>编辑所选卡片；在空单元格中添加卡片</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Edit {0}</source>
        <translation>编辑{0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>投入</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>effort</source>
        <translation>工作量</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/priority_matrix.py"/>
        <source>Effort →</source>
        <translation>投入 →</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>emotion</source>
        <translation>情绪</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Emotion &amp;Notes</source>
        <translation>情绪备注(&amp;N)</translation>
    </message>
    <message>
        <source>Emotion Average</source>
        <translation>情绪平均值</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Emotion notes by the faces</source>
        <translation>表情旁的情绪备注</translation>
    </message>
    <message>
        <source>Emotion of a persona</source>
        <translation>某一人物角色的情绪</translation>
    </message>
    <message>
        <source>Emotion point</source>
        <translation>情绪点</translation>
    </message>
    <message>
        <source>emotion point</source>
        <translation>情绪点</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/layout/style.py"/>
        <source>Emotion scale</source>
        <translation>情绪刻度</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>emotion scores from {0} to {1} fit no scale (-2..2, 1..5, -3..3, 1..7, 1..10, 0..10, -5..5, -10..10, 0..100)</source>
        <translation>情绪分数从 {0} 到 {1}，不符合任何量表（-2..2、1..5、-3..3、1..7、1..10、0..10、-5..5、-10..10、0..100）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/mermaid.py"/>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>Emotions</source>
        <translation>情绪</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/canvas/compare.py"/>
        <source>Emotions at the snapshot</source>
        <translation>快照时的情绪</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/canvas/compare.py"/>
        <source>Emotions on the source map</source>
        <translation>源旅程图上的情绪</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>end</source>
        <translation>结束</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Enter / Delete in Suggested Gaps</source>
        <translation>在“建议的缺口”中按 Enter / Delete</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/capture.py"/>
        <source>Enter adds · Esc closes</source>
        <translation>Enter 添加 · Esc 关闭</translation>
    </message>
    <message>
        <source>Enter in the emotion band</source>
        <translation>在情绪带中按 Enter</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/canvas/scene.py"/>
        <source>Enter renames, Alt+Left/Right moves, Delete deletes, Down goes back to the cards</source>
        <translation>Enter 重命名，Alt+左/右 移动，Delete 删除，下 返回卡片</translation>
    </message>
    <message>
        <source>Enter, Backspace while a round is open</source>
        <translation>轮次进行中按 Enter、Backspace</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Evening</source>
        <translation>傍晚</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/reports/rounds.py"/>
        <source>every card</source>
        <translation>所有卡片</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/owners_report.py"/>
        <source>Every map</source>
        <translation>所有旅程图</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Every map of the project</source>
        <translation>项目中的所有旅程图</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <source>Evidence file</source>
        <translation>证据文件</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/tabular_io.py"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Expectations</source>
        <translation>期望</translation>
    </message>
    <message>
        <source>expectations</source>
        <translation>期望</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/mermaid.py"/>
        <source>expected 'Task name: score: actor, actor', 'section …' or 'title …'</source>
        <translation>应为“任务名称: 分数: 参与者, 参与者”、“section …”或“title …”</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Export &amp;JSON…</source>
        <translation>导出 JSON(&amp;J)…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <source>Export &amp;Mermaid…</source>
        <translation>导出 Mermaid(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Export &amp;PDF…</source>
        <translation>导出 PDF(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Export &amp;XLSX…</source>
        <translation>导出 XLSX(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Export CS&amp;V…</source>
        <translation>导出 CSV(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/tabular_io.py"/>
        <source>Export CSV</source>
        <translation>导出 CSV</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <location filename="../../src/journeyeditor/ui/tabular_io.py"/>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Export JSON</source>
        <translation>导出 JSON</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <source>Export Mermaid</source>
        <translation>导出 Mermaid</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Export P&amp;NG…</source>
        <translation>导出 PNG(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Export PDF — {0} sheets</source>
        <translation>导出 PDF — {0} 张纸</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <location filename="../../src/journeyeditor/ui/png_dialog.py"/>
        <source>Export PNG</source>
        <translation>导出 PNG</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>Export Results</source>
        <translation>导出结果</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <source>Export S&amp;VG…</source>
        <translation>导出 SVG(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <source>Export SVG</source>
        <translation>导出 SVG</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/tabular_io.py"/>
        <source>Export XLSX</source>
        <translation>导出 XLSX</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Exporting PDF…</source>
        <translation>正在导出 PDF…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>F&amp;ollow Link</source>
        <translation>跟随链接(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>F&amp;ull Screen</source>
        <translation>全屏(&amp;U)</translation>
    </message>
    <message>
        <source>F1 or ?</source>
        <translation>F1 或 ?</translation>
    </message>
    <message>
        <source>F2 or Enter on a stage, step or lane header</source>
        <translation>在阶段、步骤或泳道标题上按 F2 或 Enter</translation>
    </message>
    <message>
        <source>F2 or Enter on an emotion face</source>
        <translation>在情绪表情上按 F2 或 Enter</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/layout/style.py"/>
        <source>Fail point</source>
        <translation>失败点</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>fail point</source>
        <translation>失败点</translation>
    </message>
    <message>
        <source>Fill-ins</source>
        <translation>填空任务</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Find cards (Ctrl+F)</source>
        <translation>查找卡片（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Fit</source>
        <translation>适合</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>fit</source>
        <translation>适合页面</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Fit the map (one page)</source>
        <translation>适合旅程图（单页）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Fit to Window</source>
        <translation>适合窗口</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>For</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>from card</source>
        <translation>起点卡片</translation>
    </message>
    <message>
        <source>Frontstage</source>
        <translation>前台</translation>
    </message>
    <message>
        <source>Frontstage actions</source>
        <translation>前台行为</translation>
    </message>
    <message>
        <source>Future state</source>
        <translation>未来状态</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>缺口</translation>
    </message>
    <message>
        <source>gap</source>
        <translation>缺口</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Gap Kind</source>
        <translation>缺口类型</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>缺口</translation>
    </message>
    <message>
        <source>Go to the neighbouring card, or cell when it is empty</source>
        <translation>移到相邻的卡片，若为空则移到相邻单元格</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presenter.py"/>
        <source>Goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>goals</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Heatmap</source>
        <translation>热力图</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/heatmap_menu.py"/>
        <source>Heatmap: {0}</source>
        <translation>热力图：{0}</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>高度</translation>
    </message>
    <message>
        <source>hidden lines</source>
        <translation>隐藏的线</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Hide persona</source>
        <translation>隐藏人物角色</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>Higher is better</source>
        <translation>越高越好</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>History</source>
        <translation>历史</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/import_dialog.py"/>
        <source>Holds</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Home / End</source>
        <translation>Home / End</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <source>https://… or a file</source>
        <translation>https://… 或文件</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>创意</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>图片</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/panels.py"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>影响</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>impact</source>
        <translation>影响</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/canvas/scene.py"/>
        <source>Impact {0}, effort {1}</source>
        <translation>影响 {0}，投入 {1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/priority_matrix.py"/>
        <source>impact {0}, effort {1}</source>
        <translation>影响 {0}，投入 {1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/priority_matrix.py"/>
        <source>Impact →</source>
        <translation>影响 →</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/import_dialog.py"/>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <location filename="../../src/journeyeditor/ui/tabular_io.py"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <source>Import Mermaid Journey</source>
        <translation>导入 Mermaid 旅程</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <source>Import Mermaid journey</source>
        <translation>导入 Mermaid 旅程</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/tabular_io.py"/>
        <source>Import {0}</source>
        <translation>导入 {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <source>Import {0} Mermaid journeys</source>
        <translation>导入 {0} 个 Mermaid 旅程</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>Imported map</source>
        <translation>导入的地图</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/tabular_io.py"/>
        <source>Imported {0}</source>
        <translation>已导入 {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <source>Imported {0} maps from {1}</source>
        <translation>已从 {1} 导入 {0} 张旅程图</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <source>Imported “{0}” from {1}</source>
        <translation>已从 {1} 导入“{0}”</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>In lanes</source>
        <translation>所在泳道</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>线下</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <source>In their words (optional)</source>
        <translation>用他们自己的话（可选）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Inspector</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>interview</source>
        <translation>访谈</translation>
    </message>
    <message>
        <source>interview, observation, quote…</source>
        <translation>访谈、观察、引言…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/store.py"/>
        <source>it carries Journey Editor's signature but not its tables ({0})</source>
        <translation>它带有 Journey Editor 的标识，但没有相应的数据表（{0}）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>it has card details but no card title or text</source>
        <translation>该行有卡片详情，但没有卡片标题或正文</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>它是一个文件夹</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/templates.py"/>
        <source>Journey map</source>
        <translation>旅程图</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Journey projects (*.journey)</source>
        <translation>旅程项目 (*.journey)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Journey projects (*.journey);;All files (*)</source>
        <translation>旅程项目 (*.journey);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/app.py"/>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>journeyeditor: error: {0}</source>
        <translation>journeyeditor：错误：{0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>journeyeditor: skipped {0}</source>
        <translation>journeyeditor：已跳过 {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>journeyeditor: {0}</source>
        <translation>journeyeditor：{0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <source>Keep Mermaid's scale on the new maps ({0})</source>
        <translation>新旅程图保留 Mermaid 的刻度（{0}）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/shortcuts.py"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/shortcuts.py"/>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <location filename="../../src/journeyeditor/ui/gaps.py"/>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>种类</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>KPI</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>label</source>
        <translation>标注</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Label:</source>
        <translation>标签：</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Landscape</source>
        <translation>横向</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>landscape</source>
        <translation>横向</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf_votes.py"/>
        <source>Lane</source>
        <translation>泳道</translation>
    </message>
    <message>
        <source>lane</source>
        <translation>泳道</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Lane Kind</source>
        <translation>泳道类型</translation>
    </message>
    <message>
        <source>Lane kind</source>
        <translation>泳道类型</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>lane kind</source>
        <translation>泳道类型</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/preferences.py"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>离开</translation>
    </message>
    <message>
        <source>Leave the presentation</source>
        <translation>退出演示</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Left</source>
        <translation>左</translation>
    </message>
    <message>
        <source>Left / Right on an emotion face</source>
        <translation>在情绪表情上按 左 / 右</translation>
    </message>
    <message>
        <source>Left, Up, Page Up, Backspace</source>
        <translation>左、上、Page Up、Backspace</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Legal</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/timer.py"/>
        <source>Length:</source>
        <translation>时长：</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Letter sheets</source>
        <translation>Letter 纸</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/library_ui.py"/>
        <source>Library</source>
        <translation>资料库</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Library password</source>
        <translation>资料库密码</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>library {0}: {1} failed ({2})</source>
        <translation>资料库 {0}：{1}失败（{2}）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/panels.py"/>
        <source>Line colour</source>
        <translation>曲线颜色</translation>
    </message>
    <message>
        <source>Line of interaction</source>
        <translation>互动分界线</translation>
    </message>
    <message>
        <source>Line of internal interaction</source>
        <translation>内部互动分界线</translation>
    </message>
    <message>
        <source>Line of visibility</source>
        <translation>可见分界线</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/mermaid.py"/>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <source>line {0}: {1}</source>
        <translation>第 {0} 行：{1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>linked map</source>
        <translation>链接的旅程图</translation>
    </message>
    <message>
        <source>Links to map</source>
        <translation>链接到旅程图</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/library_ui.py"/>
        <source>List Projects</source>
        <translation>列出项目</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>listing the projects</source>
        <translation>列出项目</translation>
    </message>
    <message>
        <source>log</source>
        <translation>日志</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Major projects</source>
        <translation>重大项目</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>making the catalogue</source>
        <translation>创建目录</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>旅程图</translation>
    </message>
    <message>
        <source>map</source>
        <translation>旅程图</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/import_dialog.py"/>
        <source>Map name:</source>
        <translation>地图名称：</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>Map of “{0}”:</source>
        <translation>“{0}”中的旅程图：</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/reports/comments.py"/>
        <source>Map: {0}</source>
        <translation>旅程图：{0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Maps</source>
        <translation>旅程图</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Match {0} of {1}</source>
        <translation>第 {0} 个匹配，共 {1} 个</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/shortcuts.py"/>
        <source>Menu</source>
        <translation>菜单</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <source>Mermaid (*.mmd);;Markdown (*.md)</source>
        <translation>Mermaid (*.mmd);;Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/mermaid.py"/>
        <source>Mermaid does not allow ';' in a journey</source>
        <translation>Mermaid 旅程中不允许出现“;”</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <source>Mermaid journeys (*.mmd *.mermaid *.md *.markdown);;All files (*)</source>
        <translation>Mermaid 旅程 (*.mmd *.mermaid *.md *.markdown);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <source>Mermaid scores tasks from 1 (sad) to 5 (happy).</source>
        <translation>Mermaid 为任务打分，从 1（难过）到 5（开心）。</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>metric</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/inspector.py"/>
        <source>Metrics</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Micro</source>
        <translation>微时刻</translation>
    </message>
    <message>
        <source>Micro-moment</source>
        <translation>微时刻</translation>
    </message>
    <message>
        <source>Midday</source>
        <translation>中午</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library_copy.py"/>
        <source>mine</source>
        <translation>我的版本</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>Mobile app</source>
        <translation>移动应用</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/timer.py"/>
        <source>Mode:</source>
        <translation>模式：</translation>
    </message>
    <message>
        <source>Moment</source>
        <translation>时刻</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>moment</source>
        <translation>时刻</translation>
    </message>
    <message>
        <source>Moment of truth</source>
        <translation>关键时刻</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/layout/style.py"/>
        <source>Moments</source>
        <translation>时刻</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>上午</translation>
    </message>
    <message>
        <source>Move between the panels and the canvas</source>
        <translation>在各面板与画布之间移动</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Move Left</source>
        <translation>左移</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Move One Cell</source>
        <translation>移动一格</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Move Right</source>
        <translation>右移</translation>
    </message>
    <message>
        <source>Move the selected cards one cell</source>
        <translation>将所选卡片移动一格</translation>
    </message>
    <message>
        <source>Move the stage, or the step inside its stage</source>
        <translation>移动阶段，或在阶段内移动步骤</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Move {0} cards</source>
        <translation>移动 {0} 张卡片</translation>
    </message>
    <message>
        <source>moved card {0}</source>
        <translation>移动卡片 {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <location filename="../../src/journeyeditor/ui/panels.py"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Name of the snapshot (e.g. Q3 review):</source>
        <translation>快照名称（例如 Q3 回顾）：</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/library_ui.py"/>
        <source>Name the database and the project</source>
        <translation>请填写数据库和项目名称</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>named</source>
        <translation>命名</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>Ne&amp;xt Participant</source>
        <translation>下一位参与者(&amp;X)</translation>
    </message>
    <message>
        <source>NEW</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/window.py"/>
        <source>New &amp;Voting Round…</source>
        <translation>新建投票轮次(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>New lane</source>
        <translation>新泳道</translation>
    </message>
    <message>
        <source>New line while editing a card</source>
        <translation>编辑卡片时换行</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/gallery.py"/>
        <location filename="../../src/journeyeditor/ui/panels.py"/>
        <source>New map</source>
        <translation>新旅程图</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/panels.py"/>
        <source>New persona</source>
        <translation>新人物角色</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>New project</source>
        <translation>新项目</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/start_page.py"/>
        <source>New Project…</source>
        <translation>新建项目…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>New stage</source>
        <translation>新阶段</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>New Voting Round</source>
        <translation>新建投票轮次</translation>
    </message>
    <message>
        <source>Next / previous stage</source>
        <translation>下一个 / 上一个阶段</translation>
    </message>
    <message>
        <source>Next slide</source>
        <translation>下一张幻灯片</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presenter.py"/>
        <source>Next: {0}</source>
        <translation>下一张：{0}</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>夜晚</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/mermaid.py"/>
        <source>No actor</source>
        <translation>无参与者</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>No card on this map is of these types in these lanes yet.</source>
        <translation>此旅程图上这些泳道中还没有这些类型的卡片。</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>no command given (try --help)</source>
        <translation>未指定命令（试试 --help）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf_comments.py"/>
        <source>No comments.</source>
        <translation>没有评论。</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <source>No Date</source>
        <translation>无日期</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/date_field.py"/>
        <source>No date</source>
        <translation>无日期</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/app.py"/>
        <source>no display to show the editor on (neither DISPLAY nor WAYLAND_DISPLAY is set); without one use the commands new, info, import and export (journeyeditor --help)</source>
        <translation>没有可显示编辑器的显示器（DISPLAY 和 WAYLAND_DISPLAY 都未设置）；没有显示器时请使用 new、info、import 和 export 命令（journeyeditor --help）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <source>No evidence yet: this card is a claim nothing backs.</source>
        <translation>尚无证据：这张卡片是一个没有任何依据的论断。</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/library_ui.py"/>
        <source>No keyring</source>
        <translation>没有密钥环</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/priority_matrix.py"/>
        <source>No map</source>
        <translation>无旅程图</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>no map named {0!r} (maps: {1})</source>
        <translation>没有名为 {0!r} 的旅程图（现有：{1}）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>No map named {0}</source>
        <translation>没有名为 {0} 的旅程图</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/mermaid.py"/>
        <source>no Mermaid journey here ({0} other Mermaid diagrams passed over)</source>
        <translation>这里没有 Mermaid 旅程（已跳过 {0} 张其他 Mermaid 图）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/mermaid.py"/>
        <source>no Mermaid journey here: a journey starts with the line 'journey'</source>
        <translation>这里没有 Mermaid 旅程：旅程以“journey”这一行开头</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/mermaid.py"/>
        <source>no Mermaid journey here: none of its mermaid blocks holds one</source>
        <translation>这里没有 Mermaid 旅程：其中的 mermaid 代码块都不是旅程</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/gaps.py"/>
        <source>No more suggestions: every change of channel, device or owner between neighbouring steps has its gap or was dismissed.</source>
        <translation>没有更多建议：相邻步骤之间每一次渠道、设备或负责人的变化都已有缺口或已被忽略。</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/priority_matrix.py"/>
        <source>no owner</source>
        <translation>无负责人</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>no period</source>
        <translation>无时段</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/panels.py"/>
        <source>No photo</source>
        <translation>无照片</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/start_page.py"/>
        <source>No project open</source>
        <translation>没有打开的项目</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>no sheet named {0!r}</source>
        <translation>没有名为 {0!r} 的工作表</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>No snapshot taken by “{0}” (dates are 2026-05-31 or 6 months ago)</source>
        <translation>“{0}”之前没有快照（日期写作 2026-05-31 或 6 months ago）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>no stage (and no row above names one)</source>
        <translation>没有阶段（上方各行也没有）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>No such participant in this round</source>
        <translation>本轮没有这位参与者</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/library_ui.py"/>
        <source>No system keyring is available here, so the password is not kept: it is asked for each time.</source>
        <translation>此处没有可用的系统密钥环，因此不会保存密码：每次都会询问。</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>No tiling</source>
        <translation>不分块</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presenter.py"/>
        <source>No votes yet</source>
        <translation>还没有投票</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf_votes.py"/>
        <source>No votes yet.</source>
        <translation>尚无投票。</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presenter.py"/>
        <source>No voting round on this map yet</source>
        <translation>此旅程图还没有投票轮次</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>No voting rounds on this map</source>
        <translation>此旅程图上没有投票轮次</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>未评分</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/priority_matrix.py"/>
        <source>not rated</source>
        <translation>未评分</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/priority_matrix.py"/>
        <source>Not rated ({0})</source>
        <translation>未评分（{0}）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/priority_matrix.py"/>
        <source>Not rated: drag here to clear</source>
        <translation>未评分：拖到此处以清除评分</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/mermaid.py"/>
        <source>not UTF-8 text (byte {0})</source>
        <translation>不是 UTF-8 文本（第 {0} 字节）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/gaps.py"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presenter.py"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <source>Nothing on this computer opens {0}</source>
        <translation>这台计算机上没有可以打开 {0} 的程序</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/inspector.py"/>
        <source>Nothing selected</source>
        <translation>未选择任何内容</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>NPS (−100 to 100)</source>
        <translation>NPS（−100 至 100）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Number of steps:</source>
        <translation>步骤数：</translation>
    </message>
    <message>
        <source>observation</source>
        <translation>观察</translation>
    </message>
    <message>
        <source>Of truth</source>
        <translation>关键</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf_comments.py"/>
        <source>On</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/library_ui.py"/>
        <source>On this map: {0}</source>
        <translation>在此图上：{0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>One page per map</source>
        <translation>每个旅程图一页</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf_comments.py"/>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/start_page.py"/>
        <source>Open a project, start a new one, or pick a recent one.</source>
        <translation>打开一个项目、新建一个项目，或选择最近的项目。</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Open from &amp;Library…</source>
        <translation>从资料库打开(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/library_ui.py"/>
        <source>Open from Library</source>
        <translation>从资料库打开</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Open it read-only?</source>
        <translation>以只读方式打开？</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Open project</source>
        <translation>打开项目</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>Open Read-Only</source>
        <translation>只读打开</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Open Snapshot</source>
        <translation>打开快照</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Open the &amp;Sample Project</source>
        <translation>打开示例项目(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <source>Open the item's link</source>
        <translation>打开该条目的链接</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/start_page.py"/>
        <source>Open the Sample Project</source>
        <translation>打开示例项目</translation>
    </message>
    <message>
        <source>Open threads</source>
        <translation>未解决的讨论串</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <location filename="../../src/journeyeditor/persistence/store.py"/>
        <source>opened read-only</source>
        <translation>以只读方式打开</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>opening {0!r}</source>
        <translation>打开 {0!r}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/start_page.py"/>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>机会</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Opportunities by &amp;Owner…</source>
        <translation>按负责人列出机会(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/owners_report.py"/>
        <source>Opportunities by Owner</source>
        <translation>按负责人列出机会</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/owners_report.py"/>
        <source>Opportunities by owner</source>
        <translation>按负责人列出机会</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/owners_report.py"/>
        <source>opportunities by owner</source>
        <translation>按负责人列出机会</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>机会</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>下单</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Orientation</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Other gap</source>
        <translation>其他缺口</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Overlap</source>
        <translation>重叠</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>overlap widened from {0} to {1} mm so that every sheet is at least a third used</source>
        <translation>重叠从 {0} mm 加宽到 {1} mm，使每张纸至少用到三分之一</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presenter.py"/>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/canvas/scene.py"/>
        <source>Owner: {0}</source>
        <translation>负责人：{0}</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Page</source>
        <translation>页面</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf_pages.py"/>
        <source>page {0} of {1}</source>
        <translation>第 {0} 页，共 {1} 页</translation>
    </message>
    <message>
        <source>Pain point</source>
        <translation>痛点</translation>
    </message>
    <message>
        <source>Pain Points</source>
        <translation>痛点</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>痛点</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>平移</translation>
    </message>
    <message>
        <source>Parking lot</source>
        <translation>待议区</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>Participant {0}</source>
        <translation>参与者 {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>Participants</source>
        <translation>参与者</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/library_ui.py"/>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Paste card</source>
        <translation>粘贴卡片</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Paste Here</source>
        <translation>粘贴到此处</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Paste {0} cards</source>
        <translation>粘贴 {0} 张卡片</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>PDF export is not available in this build.</source>
        <translation>此版本不支持导出 PDF。</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>Period</source>
        <translation>时段</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>权限不足</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/inspector.py"/>
        <location filename="../../src/journeyeditor/ui/panels.py"/>
        <source>Persona</source>
        <translation>人物角色</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>persona</source>
        <translation>人物角色</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Persona &amp;Sheet</source>
        <translation>人物角色卡(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/panels.py"/>
        <source>Persona colour</source>
        <translation>人物角色颜色</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Persona sheet (photo, role, quote, goals …) under the legend</source>
        <translation>图例下方的人物角色卡（照片、角色、引言、目标…）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/layout/persona_sheet.py"/>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Personas</source>
        <translation>人物角色</translation>
    </message>
    <message>
        <source>personas shown</source>
        <translation>显示的人物角色</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/panels.py"/>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Physical evidence</source>
        <translation>有形展示</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/start_page.py"/>
        <source>Pick a template to add the first map. Maps can be added later from the Map menu or the Maps panel.</source>
        <translation>选择一个模板来添加第一个旅程图。之后也可以从“旅程图”菜单或“旅程图”面板添加。</translation>
    </message>
    <message>
        <source>Place the active participant's dot</source>
        <translation>放置当前参与者的圆点</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>已计划</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/library_ui.py"/>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Portrait</source>
        <translation>纵向</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>portrait</source>
        <translation>纵向</translation>
    </message>
    <message>
        <source>position</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Postal mail</source>
        <translation>邮寄</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>poster at {0} of the size asked so that every sheet is at least a third used</source>
        <translation>海报缩放为要求尺寸的 {0}，使每张纸至少用到三分之一</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Pr&amp;eferences…</source>
        <translation>首选项(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/preferences.py"/>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/shortcuts.py"/>
        <source>Presentation</source>
        <translation>演示</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presentation.py"/>
        <source>Presentation keys</source>
        <translation>演示快捷键</translation>
    </message>
    <message>
        <source>Previous slide</source>
        <translation>上一张幻灯片</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/png_dialog.py"/>
        <source>Print resolution (DPI)</source>
        <translation>打印分辨率（DPI）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Priority Matrix</source>
        <translation>优先级矩阵</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/priority_matrix.py"/>
        <location filename="../../src/journeyeditor/ui/shortcuts.py"/>
        <source>Priority matrix</source>
        <translation>优先级矩阵</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Project in use</source>
        <translation>项目正在使用中</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/library_ui.py"/>
        <source>Project:</source>
        <translation>项目：</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library_copy.py"/>
        <source>published {0} as {1!r} in {2}</source>
        <translation>已将 {0} 以 {1!r} 发布到 {2}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library_copy.py"/>
        <source>published {0} changes of {1} to {2}</source>
        <translation>已将 {1} 的 {0} 处更改发布到 {2}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>publishing {0!r}</source>
        <translation>发布 {0!r}</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>购买</translation>
    </message>
    <message>
        <source>Quick capture: a card in the spotlit stage (Enter adds, Esc closes); a word that begins with B, C, R or T needs C first</source>
        <translation>快速记录：在当前聚焦的阶段中添加卡片（Enter 添加，Esc 关闭）；以 B、C、R 或 T 开头的词需要先按 C</translation>
    </message>
    <message>
        <source>Quick wins</source>
        <translation>速赢</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <source>Quote</source>
        <translation>引言</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>引言</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf_votes.py"/>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Rate opportunity</source>
        <translation>评估机会</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/comments.py"/>
        <source>Re&amp;open</source>
        <translation>重新打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/comments.py"/>
        <source>Re&amp;solve</source>
        <translation>解决(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Read-only: {0}</source>
        <translation>只读：{0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>reading {0!r}</source>
        <translation>读取 {0!r}</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>收货</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/start_page.py"/>
        <source>Recent projects:</source>
        <translation>最近的项目：</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/library_ui.py"/>
        <source>Remember the password in the system keyring</source>
        <translation>将密码保存在系统密钥环中</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Remove persona photo</source>
        <translation>移除人物角色照片</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/panels.py"/>
        <source>Remove Photo</source>
        <translation>移除照片</translation>
    </message>
    <message>
        <source>removed card {0}</source>
        <translation>删除卡片 {0}</translation>
    </message>
    <message>
        <source>removed connector {0}</source>
        <translation>删除连线 {0}</translation>
    </message>
    <message>
        <source>removed lane {0}</source>
        <translation>删除泳道 {0}</translation>
    </message>
    <message>
        <source>removed map {0}</source>
        <translation>删除旅程图 {0}</translation>
    </message>
    <message>
        <source>removed metric {0}</source>
        <translation>删除指标 {0}</translation>
    </message>
    <message>
        <source>removed persona {0}</source>
        <translation>删除人物角色 {0}</translation>
    </message>
    <message>
        <source>removed stage {0}</source>
        <translation>删除阶段 {0}</translation>
    </message>
    <message>
        <source>removed step {0}</source>
        <translation>删除步骤 {0}</translation>
    </message>
    <message>
        <source>Rename it (double-click does too)</source>
        <translation>重命名（双击也可以）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Rename Lane</source>
        <translation>重命名泳道</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Rename Stage</source>
        <translation>重命名阶段</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Rename Step</source>
        <translation>重命名步骤</translation>
    </message>
    <message>
        <source>renamed lane {0}</source>
        <translation>重命名泳道 {0}</translation>
    </message>
    <message>
        <source>renamed map {0}</source>
        <translation>重命名旅程图 {0}</translation>
    </message>
    <message>
        <source>renamed persona {0}</source>
        <translation>重命名人物角色 {0}</translation>
    </message>
    <message>
        <source>renamed stage {0}</source>
        <translation>重命名阶段 {0}</translation>
    </message>
    <message>
        <source>renamed step {0}</source>
        <translation>重命名步骤 {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Reopen comment</source>
        <translation>重新打开评论</translation>
    </message>
    <message>
        <source>Reorder it; drag its right (or bottom) edge to resize</source>
        <translation>重新排序；拖动右边缘（或下边缘）可调整大小</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Reorder {0}</source>
        <translation>重新排序{0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <location filename="../../src/journeyeditor/workshop/comments.py"/>
        <location filename="../../src/journeyeditor/workshop/window.py"/>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Report pages</source>
        <translation>报告页</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <source>Rescale the scores to this map's scale ({0})</source>
        <translation>将分数换算到此旅程图的刻度（{0}）</translation>
    </message>
    <message>
        <source>Reset the timer (again: hide it)</source>
        <translation>重置计时器（再按一次：隐藏）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/canvas/scene.py"/>
        <source>Resize stage</source>
        <translation>调整阶段大小</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Resize {0}</source>
        <translation>调整{0}大小</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Resolve comment</source>
        <translation>解决评论</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf_comments.py"/>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/comments.py"/>
        <source>resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Resolved threads</source>
        <translation>已解决的讨论串</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/comments.py"/>
        <source>Resolved: shown under Resolved and All</source>
        <translation>已解决：显示在“已解决”和“全部”下</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>Restore Project</source>
        <translation>恢复项目</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>Restore Project…</source>
        <translation>恢复项目…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>Restore the whole project as it was at “{0}”? The present state is kept as a snapshot first, and Edit ▸ Undo takes the restore back.</source>
        <translation>将整个项目恢复到“{0}”时的状态？当前状态会先保存为快照，使用“编辑 ▸ 撤销”可以撤回此次恢复。</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/history/restore.py"/>
        <source>Restore {0}</source>
        <translation>恢复 {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Restyle {0}</source>
        <translation>更改{0}样式</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>留存</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Right</source>
        <translation>右</translation>
    </message>
    <message>
        <source>Right, Down, Page Down, Space, Enter, click</source>
        <translation>右、下、Page Down、空格、Enter、点击</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>Round {0}</source>
        <translation>第 {0} 轮</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tables.py"/>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>row {0}: {1}</source>
        <translation>第 {0} 行：{1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/import_dialog.py"/>
        <source>Rows that cannot be imported: {0}

{1}

Import without them?</source>
        <translation>以下行无法导入：{0}

{1}

跳过这些行继续导入？</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>rows that cannot be imported: {0} (add --skip-bad-rows to import without them): {1}</source>
        <translation>以下行无法导入：{0}（加上 --skip-bad-rows 可跳过它们导入）：{1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Save &amp;As / Duplicate…</source>
        <translation>另存为 / 创建副本(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Save a copy as</source>
        <translation>副本另存为</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Save a copy of the whole project somewhere else (another disk or folder) before closing?</source>
        <translation>关闭前把整个项目的副本保存到别处（另一个磁盘或文件夹）吗？</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Save a Copy…</source>
        <translation>保存副本…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/owners_report.py"/>
        <source>Save as &amp;CSV…</source>
        <translation>另存为 CSV(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/owners_report.py"/>
        <source>Save as &amp;PDF…</source>
        <translation>另存为 PDF(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Save S&amp;napshot…</source>
        <translation>保存快照(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Save Snapshot</source>
        <translation>保存快照</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/owners_report.py"/>
        <source>Save the report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/library_ui.py"/>
        <source>Save Unsent Changes to a File…</source>
        <translation>将未发送的更改保存到文件…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Saved {0}</source>
        <translation>已保存 {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>say --format {0} (the output's suffix does not tell)</source>
        <translation>请指定 --format {0}（从输出文件的后缀无法判断）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <source>Say what backs the card: a method, a source, a link or a quote</source>
        <translation>说明支撑这张卡片的依据：方法、来源、链接或引言</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>say where the maps go: -o NEW_FILE, or --into EXISTING_FILE</source>
        <translation>请说明地图放到哪里：-o 新文件，或 --into 已有文件</translation>
    </message>
    <message>
        <source>Scale from</source>
        <translation>刻度起点</translation>
    </message>
    <message>
        <source>scale from</source>
        <translation>刻度起点</translation>
    </message>
    <message>
        <source>Scale to</source>
        <translation>刻度终点</translation>
    </message>
    <message>
        <source>scale to</source>
        <translation>刻度终点</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Score</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>score</source>
        <translation>分值</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Select &amp;All</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting.py"/>
        <source>Select a card first (arrow keys), or click one</source>
        <translation>请先选择一张卡片（方向键），或点击一张</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Select a card or a cell first: the gap goes after its step</source>
        <translation>请先选择一张卡片或一个单元格：缺口将加在其步骤之后</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Select a card, press Ctrl+K, then go to the target card and press Enter; or select several cards to connect them in turn</source>
        <translation>选择一张卡片，按 Ctrl+K，再移到目标卡片并按 Enter；或选择多张卡片依次连接</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Select a stage, step or card to add a metric to</source>
        <translation>请选择要添加指标的阶段、步骤或卡片</translation>
    </message>
    <message>
        <source>Select the step's header, then the stage's (Left/Right walk them)</source>
        <translation>选择步骤标题，再选择阶段标题（左/右 在其间移动）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/library_ui.py"/>
        <source>Server:</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <source>Service blueprint</source>
        <translation>服务蓝图</translation>
    </message>
    <message>
        <source>Set due date</source>
        <translation>设置截止日期</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Set emotion</source>
        <translation>设置情绪</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/canvas/scene.py"/>
        <source>Set emotions</source>
        <translation>设置情绪</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Set persona photo</source>
        <translation>设置人物角色照片</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>设置状态</translation>
    </message>
    <message>
        <source>Set the timer: minutes, countdown or stopwatch</source>
        <translation>设置计时器：分钟数、倒计时或秒表</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>Set up a round with New Round…: who votes, how many dots each, on which cards.</source>
        <translation>用“新建轮次…”设置一个轮次：谁投票、每人几个圆点、投给哪些卡片。</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Several maps</source>
        <translation>多个旅程图</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>sheet {0} is only {1} used: no poster size from {2} to {3} of the one asked, nor an overlap up to {4} mm, uses every sheet to a third</source>
        <translation>第 {0} 张纸只用了 {1}：在要求尺寸的 {2} 到 {3} 之间的海报尺寸，或最多 {4} mm 的重叠，都无法让每张纸至少用到三分之一</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/import_dialog.py"/>
        <source>Sheets (each checked one becomes a map):</source>
        <translation>工作表（每个勾选的工作表成为一张地图）：</translation>
    </message>
    <message>
        <source>Shift+Arrow keys</source>
        <translation>Shift+方向键</translation>
    </message>
    <message>
        <source>Shift+click or right-click a card while a round is open</source>
        <translation>轮次进行中 Shift+点击或右键点击卡片</translation>
    </message>
    <message>
        <source>Shift+Enter</source>
        <translation>Shift+Enter</translation>
    </message>
    <message>
        <source>Shift+T</source>
        <translation>Shift+T</translation>
    </message>
    <message>
        <source>shifted emotion {0}</source>
        <translation>情绪变化 {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/owners_report.py"/>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <location filename="../../src/journeyeditor/workshop/comments.py"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/window.py"/>
        <source>Show &amp;Votes</source>
        <translation>显示投票(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Show in Folder</source>
        <translation>在文件夹中显示</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Show persona</source>
        <translation>显示人物角色</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/panels.py"/>
        <source>Show this persona on this map: its legend entry, emotion line and sheet</source>
        <translation>在此旅程图上显示该人物角色：图例条目、情绪曲线和角色卡</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>Since when? Choose, or type a date (2026-05-31) or a snapshot's name:</source>
        <translation>从何时起？请选择，或输入日期（2026-05-31）或快照名称：</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>Since…</source>
        <translation>自…起</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/png_dialog.py"/>
        <source>Size of the image:</source>
        <translation>图片大小：</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Size the page from the card text:</source>
        <translation>按卡片文字确定页面大小：</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presenter.py"/>
        <source>Slide {0} of {1}: {2}</source>
        <translation>第 {0} 张幻灯片，共 {1} 张：{2}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Snapshot “{0}” saved</source>
        <translation>已保存快照“{0}”</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>Snapshots</source>
        <translation>快照</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>社交媒体</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/library_sync.py"/>
        <source>someone</source>
        <translation>某人</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Someone else changed what “{0}” changed: it can no longer be undone</source>
        <translation>其他人更改了“{0}”所改动的内容：它已无法撤销</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>Someone else changed {0} “{1}”{2} meanwhile: your step was not applied and theirs is shown</source>
        <translation>在此期间其他人更改了{0}“{1}”{2}：您的这一步未被应用，现在显示的是对方的版本</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>Someone else removed {0} “{1}” meanwhile: your step was not applied</source>
        <translation>在此期间其他人删除了{0}“{1}”：您的操作未被应用</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/canvas/metrics.py"/>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>Source: {0}</source>
        <translation>来源：{0}</translation>
    </message>
    <message>
        <source>Space+drag, middle button</source>
        <translation>空格+拖动，鼠标中键</translation>
    </message>
    <message>
        <source>Span</source>
        <translation>跨度</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>span</source>
        <translation>跨度</translation>
    </message>
    <message>
        <source>Spans steps</source>
        <translation>跨越步骤数</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Split into Steps</source>
        <translation>拆分为步骤</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Split into Steps…</source>
        <translation>拆分为步骤…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Split stage into {0} steps</source>
        <translation>将阶段拆分为 {0} 个步骤</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/tabular_io.py"/>
        <source>Spreadsheets, Mermaid journeys and projects ({0})</source>
        <translation>电子表格、Mermaid 旅程和项目 ({0})</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/inspector.py"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf_votes.py"/>
        <source>Stage / step</source>
        <translation>阶段 / 步骤</translation>
    </message>
    <message>
        <source>Stage 1</source>
        <translation>阶段 1</translation>
    </message>
    <message>
        <source>Stage 2</source>
        <translation>阶段 2</translation>
    </message>
    <message>
        <source>Stage 3</source>
        <translation>阶段 3</translation>
    </message>
    <message>
        <source>Stage 4</source>
        <translation>阶段 4</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Stage and step metrics show in a lane of kind Metrics: add one to see them on the map</source>
        <translation>阶段和步骤的指标显示在“指标”类型的泳道中：添加一条此类泳道即可在旅程图上看到它们</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>Stage “{0}”</source>
        <translation>阶段“{0}”</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/reports/comments.py"/>
        <source>Stage: {0}</source>
        <translation>阶段：{0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/start_page.py"/>
        <source>Start a map from a template (double-click or Enter):</source>
        <translation>从模板开始一个旅程图（双击或按 Enter）：</translation>
    </message>
    <message>
        <source>Start or pause the timer</source>
        <translation>开始或暂停计时器</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>Start Voting</source>
        <translation>开始投票</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Start voting round</source>
        <translation>开始投票轮次</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf_comments.py"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/inspector.py"/>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/canvas/scene.py"/>
        <location filename="../../src/journeyeditor/reports/comments.py"/>
        <location filename="../../src/journeyeditor/ui/inspector.py"/>
        <source>Step {0}</source>
        <translation>步骤 {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>Step “{0}” of {1}</source>
        <translation>{1} 的步骤“{0}”</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/reports/comments.py"/>
        <source>Step: {0}</source>
        <translation>步骤：{0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>Stop Comparing</source>
        <translation>停止比较</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/timer.py"/>
        <source>Stopwatch</source>
        <translation>秒表</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>门店</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Suggest &amp;Gaps…</source>
        <translation>建议缺口(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/gaps.py"/>
        <source>Suggested Gaps</source>
        <translation>建议的缺口</translation>
    </message>
    <message>
        <source>Support processes</source>
        <translation>支持流程</translation>
    </message>
    <message>
        <source>support tickets</source>
        <translation>支持工单</translation>
    </message>
    <message>
        <source>survey</source>
        <translation>问卷调查</translation>
    </message>
    <message>
        <source>survey, analytics, logs, support tickets…</source>
        <translation>问卷调查、数据分析、日志、支持工单…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/preferences.py"/>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>Tab on the map</source>
        <translation>在旅程图上按 Tab</translation>
    </message>
    <message>
        <source>Tabloid</source>
        <translation>Tabloid</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>Take back a dot of the active participant: from the selected card, else their last one (Shift+click or right-click a card does too)</source>
        <translation>撤回当前参与者的一个圆点：从所选卡片撤回，否则撤回其最后一个（Shift+点击或右键点击卡片亦可）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Take back vote</source>
        <translation>撤回投票</translation>
    </message>
    <message>
        <source>Take one of their dots back</source>
        <translation>撤回其一个圆点</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>Tally</source>
        <translation>计票</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/canvas/metrics.py"/>
        <source>Target {0}: met</source>
        <translation>目标 {0}：已达成</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/canvas/metrics.py"/>
        <source>Target {0}: missed</source>
        <translation>目标 {0}：未达成</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Thankless tasks</source>
        <translation>吃力不讨好</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/model/project.py"/>
        <source>that persona already has a point at that step</source>
        <translation>该人物角色在此步骤已有一个点</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>That snapshot has no maps</source>
        <translation>该快照中没有旅程图</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/mermaid.py"/>
        <source>the accDescr block has no closing brace</source>
        <translation>accDescr 块缺少结尾的右花括号</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/gaps.py"/>
        <source>The cards change channel, device or owner between these neighbouring steps. Accept a suggestion (Enter) to mark the gap on the map, or dismiss it (Delete) so it is not offered again.</source>
        <translation>在这些相邻步骤之间，卡片的渠道、设备或负责人发生了变化。接受建议（Enter）即可在旅程图上标出缺口，或忽略它（Delete），之后不再提示。</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/store.py"/>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>磁盘为只读</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>磁盘配额已用完</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>the emotion {0} differs from the {1} of row {2} at the same step</source>
        <translation>情绪 {0} 与同一步骤第 {2} 行的 {1} 不同</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presenter.py"/>
        <source>The end</source>
        <translation>结束</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tables.py"/>
        <source>the file</source>
        <translation>该文件</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/store.py"/>
        <source>the file cannot be opened</source>
        <translation>无法打开文件</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/store.py"/>
        <source>the file is damaged</source>
        <translation>文件已损坏</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tables.py"/>
        <source>the file is neither UTF-8 nor UTF-16 (byte {0}): save it as "CSV UTF-8" and import it again</source>
        <translation>该文件既不是 UTF-8 也不是 UTF-16（第 {0} 字节）：请另存为“CSV UTF-8”后重新导入</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/store.py"/>
        <source>the file is read-only</source>
        <translation>文件为只读</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/store.py"/>
        <source>the file or its folder is read-only</source>
        <translation>文件或其所在文件夹为只读</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tables.py"/>
        <source>the file says it is UTF-16 but is not: {0}</source>
        <translation>该文件声明为 UTF-16，但实际不是：{0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>the heatmap is one of {0}</source>
        <translation>热力图必须是以下之一：{0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/png.py"/>
        <source>the image could not be encoded as PNG</source>
        <translation>无法将图片编码为 PNG</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/png.py"/>
        <source>The image would be {0} x {1} pixels; choose a smaller --scale</source>
        <translation>图片将达 {0} × {1} 像素；请选择更小的 --scale</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>the input is nested too deeply to read</source>
        <translation>输入的嵌套层级过深，无法读取</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/capture.py"/>
        <source>The lane the card goes in</source>
        <translation>卡片所在的泳道</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>The last changes could not be written to {0}.</source>
        <translation>最近的更改未能写入 {0}。</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>the layout is one of {0}</source>
        <translation>布局必须是以下之一：{0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>the library project {0!r} has schema {1}, older than this Journey Editor's {2}</source>
        <translation>资料库项目 {0!r} 的架构版本为 {1}，比此 Journey Editor 的 {2} 旧</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>the library project {0!r} was written by a newer Journey Editor (schema {1}, this one knows {2}); update Journey Editor to open it</source>
        <translation>资料库项目 {0!r} 由较新的 Journey Editor 写入（架构 {1}，此版本只认识 {2}）；请更新 Journey Editor 后再打开</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/library_ui.py"/>
        <source>The library server cannot be reached: the map is read-only until it is back.</source>
        <translation>无法连接资料库服务器：在其恢复之前，此图为只读。</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/library_sync.py"/>
        <source>the library server cannot be reached; your unsent changes are kept</source>
        <translation>无法连接资料库服务器；您未发送的更改已保留</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/library_ui.py"/>
        <source>The library server is back; every change is sent</source>
        <translation>资料库服务器已恢复；所有更改均已发送</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>the library {0} has a project named {1!r} already</source>
        <translation>资料库 {0} 中已有名为 {1!r} 的项目</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presentation.py"/>
        <source>The map has no stage to add a card to</source>
        <translation>旅程图中没有可添加卡片的阶段</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>名称过长</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>the orientation is landscape or portrait</source>
        <translation>方向只能是 landscape 或 portrait</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>the output would overwrite the project file</source>
        <translation>输出会覆盖项目文件</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>the overlap must be between {0} and {1} mm</source>
        <translation>重叠必须在 {0} 到 {1} mm 之间</translation>
    </message>
    <message>
        <source>The overview / the last slide</source>
        <translation>概览 / 最后一张幻灯片</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>The period ends before it starts</source>
        <translation>时段的结束早于开始</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>The period's {0} must be a date like 2026-04-01</source>
        <translation>时段的{0}必须是类似 2026-04-01 的日期</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/photos.py"/>
        <source>the photo could not be stored as {0}</source>
        <translation>无法将照片存储为 {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>the poster covers only {0} of one {1} sheet: it needs no tiling</source>
        <translation>海报只占一张 {1} 纸的 {0}：无需分块</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>the poster fits on one {0} sheet</source>
        <translation>海报可放在一张 {0} 纸上</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>the project has no maps</source>
        <translation>项目中没有旅程图</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library_copy.py"/>
        <source>the project's title</source>
        <translation>项目标题</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>The project's window is closed or cannot be edited</source>
        <translation>项目窗口已关闭或无法编辑</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presenter.py"/>
        <source>The room sees a black screen (B brings the map back)</source>
        <translation>全场看到黑屏（按 B 恢复旅程图）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>The round whose dots the cards show</source>
        <translation>卡片上显示其圆点的轮次</translation>
    </message>
    <message>
        <source>The same persona's next face</source>
        <translation>同一人物角色的下一个表情</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>The scale's lower end must be below its upper end</source>
        <translation>刻度的下限必须小于上限</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/inspector.py"/>
        <source>The scale's lower end must be below its upper end ({0} … {1})</source>
        <translation>刻度的下限必须小于上限（{0} … {1}）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/mermaid.py"/>
        <source>the score {0!r} is not a number from 0 to 5</source>
        <translation>分数 {0!r} 不是 0 到 5 之间的数</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/mermaid.py"/>
        <source>the score {0} is outside Mermaid's 0 to 5</source>
        <translation>分数 {0} 超出了 Mermaid 的 0 到 5</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <source>The scores keep Mermaid's scale ({0}), as this map's.</source>
        <translation>分数保留 Mermaid 的刻度（{0}），与此旅程图相同。</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>The selection links to no map</source>
        <translation>所选内容没有链接到任何旅程图</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>The smallest text on cards, as printed: the page (or the number of sheets) is chosen to print it this big</source>
        <translation>卡片上最小文字的打印大小：据此选择页面（或纸张数量）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/capture.py"/>
        <source>The step the card goes in</source>
        <translation>卡片所在的步骤</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>The target must be a number, or empty for none</source>
        <translation>目标必须是数字，不设目标则留空</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>the text size must be between {0} and {1} pt</source>
        <translation>文字大小必须在 {0} 到 {1} pt 之间</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>The value must be a number</source>
        <translation>值必须是数字</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presenter.py"/>
        <source>The whole map: {0}</source>
        <translation>整个旅程图：{0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library_copy.py"/>
        <source>theirs</source>
        <translation>对方的版本</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Then report pages: {0}</source>
        <translation>然后是报告页：{0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>there is already a map named {0!r}; choose another --name</source>
        <translation>已有名为 {0!r} 的旅程图；请另选 --name</translation>
    </message>
    <message>
        <source>These keys</source>
        <translation>这些快捷键</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/mermaid.py"/>
        <source>this journey has no sections or tasks: nothing to import</source>
        <translation>此旅程没有阶段也没有任务：没有可导入的内容</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/owners_report.py"/>
        <source>This map</source>
        <translation>此旅程图</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/priority_matrix.py"/>
        <source>This map has no opportunities or ideas yet: add them in its Opportunities lane.</source>
        <translation>此旅程图还没有机会或创意：请在其“机会”泳道中添加。</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>This map was not made from another map</source>
        <translation>此旅程图不是由其他旅程图生成的</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/owners_report.py"/>
        <source>This map: {0}</source>
        <translation>此旅程图：{0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <location filename="../../src/journeyeditor/ui/tabular_io.py"/>
        <source>This project is read-only</source>
        <translation>此项目为只读</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presentation.py"/>
        <source>This project is read-only: nothing can be added</source>
        <translation>此项目为只读：无法添加任何内容</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <location filename="../../src/journeyeditor/workshop/capture.py"/>
        <source>This project is read-only: {0}</source>
        <translation>此项目为只读：{0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>This round does not vote on this card</source>
        <translation>本轮不对这张卡片投票</translation>
    </message>
    <message>
        <source>Thought</source>
        <translation>想法</translation>
    </message>
    <message>
        <source>Thoughts</source>
        <translation>想法</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf_comments.py"/>
        <source>Thread</source>
        <translation>讨论串</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/comments.py"/>
        <source>Thread deleted (Undo brings it back)</source>
        <translation>讨论串已删除（撤销可恢复）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Tiles</source>
        <translation>分块</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>tiles are A4, A3 or letter</source>
        <translation>分块纸张只能是 A4、A3 或 letter</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Time (min)</source>
        <translation>时间（分钟）</translation>
    </message>
    <message>
        <source>Time (minutes, lower is better)</source>
        <translation>时间（分钟，越低越好）</translation>
    </message>
    <message>
        <source>Time in minutes</source>
        <translation>时间（分钟）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>time in minutes</source>
        <translation>时间（分钟）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presenter.py"/>
        <location filename="../../src/journeyeditor/workshop/timer.py"/>
        <source>Time's up</source>
        <translation>时间到</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/timer.py"/>
        <source>Timer</source>
        <translation>计时器</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presenter.py"/>
        <source>Timer: T starts it, Shift+T sets it</source>
        <translation>计时器：T 开始，Shift+T 设置</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>to card</source>
        <translation>终点卡片</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>触点</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>触点</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/library_ui.py"/>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Try Again</source>
        <translation>重试</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Two-Way</source>
        <translation>双向</translation>
    </message>
    <message>
        <source>Two-way</source>
        <translation>双向</translation>
    </message>
    <message>
        <source>two-way</source>
        <translation>双向</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/capture.py"/>
        <source>Type what the room says, then Enter</source>
        <translation>输入大家说的内容，然后按 Enter</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/capture.py"/>
        <source>Type what to put on the card first</source>
        <translation>请先输入要写在卡片上的内容</translation>
    </message>
    <message>
        <source>Undo / redo</source>
        <translation>撤销 / 重做</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>unknown page size {0!r} (use A0–A5, letter, legal, tabloid, arch-e, WxHmm, WxHin or fit)</source>
        <translation>未知的页面尺寸 {0!r}（请使用 A0–A5、letter、legal、tabloid、arch-e、WxHmm、WxHin 或 fit）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>unknown report {0} (choose from {1})</source>
        <translation>未知的报告 {0}（可选：{1}）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>unknown text size {0!r} (write it like 12pt or 4mm)</source>
        <translation>未知的文字大小 {0!r}（请写成 12pt 或 4mm 这样）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <source>untitled</source>
        <translation>无标题</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/templates.py"/>
        <source>Untitled project</source>
        <translation>未命名项目</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Untitled.journey</source>
        <translation>未命名.journey</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Up</source>
        <translation>上</translation>
    </message>
    <message>
        <source>Up / Down on an emotion face</source>
        <translation>在情绪表情上按 上 / 下</translation>
    </message>
    <message>
        <source>Up from the top lane</source>
        <translation>从最上面的泳道按 上</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/library_ui.py"/>
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>value</source>
        <translation>数值</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Vote</source>
        <translation>投票</translation>
    </message>
    <message>
        <source>vote</source>
        <translation>投票</translation>
    </message>
    <message>
        <source>Vote for the selected card; take a dot back from it</source>
        <translation>为所选卡片投票；从中撤回一个圆点</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>Vote on</source>
        <translation>投票对象</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf_votes.py"/>
        <location filename="../../src/journeyeditor/workshop/presenter.py"/>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>Votes</source>
        <translation>票数</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/window.py"/>
        <source>Voting</source>
        <translation>投票</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf_votes.py"/>
        <source>Voting results — {0}</source>
        <translation>投票结果 — {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Voting results: the latest round's dots on the cards, and a results page per round</source>
        <translation>投票结果：卡片上显示最近一轮的圆点，并为每个轮次附一页结果</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presenter.py"/>
        <source>Voting round</source>
        <translation>投票轮次</translation>
    </message>
    <message>
        <source>voting round</source>
        <translation>投票轮次</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>等待</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/layout/style.py"/>
        <source>Wait point</source>
        <translation>等待点</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>wait point</source>
        <translation>等待点</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>网站</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/import_dialog.py"/>
        <source>What each column holds:</source>
        <translation>每一列的内容：</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/gaps.py"/>
        <source>What happens here, and what it costs the customer</source>
        <translation>这里发生了什么，以及给客户带来了什么代价</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>做什么</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/gaps.py"/>
        <location filename="../../src/journeyeditor/ui/inspector.py"/>
        <source>Where</source>
        <translation>在哪里</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <source>Who or what: a study, a report, a participant</source>
        <translation>谁或什么：一项研究、一份报告、一位参与者</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>Whose turn it is: click, or press 1–9 or Tab on the map</source>
        <translation>轮到谁：点击，或在旅程图上按 1–9 或 Tab</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Workshop</source>
        <translation>工作坊</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/comments.py"/>
        <source>Write a comment</source>
        <translation>撰写评论</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/preferences.py"/>
        <source>Your &amp;name (on comments)</source>
        <translation>您的名字(&amp;N)（显示在评论上）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>your database role may only read this library</source>
        <translation>您的数据库角色只能读取此资料库</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/comments.py"/>
        <source>Your Name</source>
        <translation>您的名字</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/comments.py"/>
        <source>Your name, shown on your comments (Edit ▸ Preferences changes it):</source>
        <translation>您的名字，显示在您的评论上（可在“编辑 ▸ 首选项”中更改）：</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/library_ui.py"/>
        <source>Your unsent change is kept and sent then.</source>
        <translation>您未发送的更改已保留，届时会发送。</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>缩放</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>{0!r} is not a date (YYYY-MM-DD)</source>
        <translation>{0!r} 不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>{0!r} is not a number ({1})</source>
        <translation>{0!r} 不是数字（{1}）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>{0!r} is not a {1}</source>
        <translation>{0!r} 不是有效的{1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>{0!r} is not yes or no ({1})</source>
        <translation>{0!r} 不是“是”或“否”（{1}）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>{0} %</source>
        <translation>{0}%</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>{0} (copy)</source>
        <translation>{0}（副本）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/canvas/compare.py"/>
        <source>{0} (from the source map)</source>
        <translation>{0}（相对源旅程图）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/canvas/compare.py"/>
        <source>{0} (since the snapshot)</source>
        <translation>{0}（自快照以来）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf_votes.py"/>
        <source>{0} ({1} of {2})</source>
        <translation>{0}（{1}/{2}）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <source>{0} ({1})</source>
        <translation>{0}（{1}）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/fileio.py"/>
        <source>{0} already exists (use --force to replace it)</source>
        <translation>{0} 已存在（使用 --force 替换）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/canvas/scene.py"/>
        <source>{0} analytical evidence</source>
        <translation>{0} 项分析型证据</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/canvas/scene.py"/>
        <source>{0} anecdotal evidence</source>
        <translation>{0} 项轶事型证据</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/history/diff.py"/>
        <source>{0} at {1}</source>
        <translation>{0} 在 {1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/tabular_io.py"/>
        <source>{0} cannot be imported: {1}</source>
        <translation>无法导入 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/photos.py"/>
        <source>{0} cannot be read: {1}</source>
        <translation>无法读取 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/reports/rounds.py"/>
        <source>{0} cards</source>
        <translation>{0} 卡片</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/reports/rounds.py"/>
        <source>{0} cards in {1} lanes</source>
        <translation>{1} 泳道中的 {0} 卡片</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>{0} cards on this map can be voted on.</source>
        <translation>此旅程图上有 {0} 张卡片可供投票。</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>{0} changes from {1} to {2}</source>
        <translation>从 {1} 到 {2} 有 {0} 处变化</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>{0} changes since {1}</source>
        <translation>自 {1} 以来有 {0} 处变化</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>{0} claims without evidence</source>
        <translation>{0} 个无证据的论断</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/store.py"/>
        <source>{0} could not be opened ({1})</source>
        <translation>无法打开 {0}（{1}）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/photos.py"/>
        <source>{0} could not be read as an image ({1})</source>
        <translation>无法将 {0} 读取为图片（{1}）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/store.py"/>
        <source>{0} could not be read: {1}</source>
        <translation>无法读取 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>{0} differences from {1}</source>
        <translation>与 {1} 有 {0} 处不同</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf_votes.py"/>
        <source>{0} dots each</source>
        <translation>每人 {0} 个圆点</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>{0} dots each on {1}; {2}; started {3}.</source>
        <translation>每人 {0} 个圆点，投给{1}；{2}；开始于 {3}。</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library_copy.py"/>
        <source>{0} entities were changed both in {1} and in the library since the fetch: {2}. Nothing was published; say which side wins with --keep mine or --keep theirs</source>
        <translation>自取回以来，有 {0} 个对象在 {1} 和资料库中都被更改：{2}。未发布任何内容；请用 --keep mine 或 --keep theirs 指定以哪一方为准</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/filecheck.py"/>
        <source>{0} has an unfinished write ({0}-journal) and is read-only: make the file and its folder writable so it can be recovered</source>
        <translation>{0} 有未完成的写入（{0}-journal）且为只读：请让文件及其文件夹可写，以便恢复</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting.py"/>
        <source>{0} has no dot on this card</source>
        <translation>{0} 在这张卡片上没有圆点</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting.py"/>
        <source>{0} has no dots to take back</source>
        <translation>{0} 没有可撤回的圆点</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/start_page.py"/>
        <source>{0} has no map yet</source>
        <translation>{0} 还没有旅程图</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>{0} has no votes left</source>
        <translation>{0} 已没有剩余票数</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/filecheck.py"/>
        <source>{0} is a database of another program, not a Journey Editor project</source>
        <translation>{0} 是其他程序的数据库，不是 Journey Editor 项目</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/filecheck.py"/>
        <source>{0} is damaged (integrity check: {1})</source>
        <translation>{0} 已损坏（完整性检查：{1}）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/filecheck.py"/>
        <source>{0} is damaged ({1})</source>
        <translation>{0} 已损坏（{1}）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/filecheck.py"/>
        <source>{0} is damaged and could not be recovered ({1})</source>
        <translation>{0} 已损坏且无法恢复（{1}）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/filecheck.py"/>
        <source>{0} is damaged: it has no file format version</source>
        <translation>{0} 已损坏：没有文件格式版本</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/filecheck.py"/>
        <source>{0} is damaged: the file is cut short</source>
        <translation>{0} 已损坏：文件不完整</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/filecheck.py"/>
        <source>{0} is empty (0 bytes): not a Journey Editor project</source>
        <translation>{0} 是空文件（0 字节）：不是 Journey Editor 项目</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>{0} is for {1} exports, not {2}</source>
        <translation>{0} 用于 {1} 导出，不适用于 {2}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>{0} is not a Journey Editor library (run: journeyeditor library init {1})</source>
        <translation>{0} 不是 Journey Editor 资料库（请运行：journeyeditor library init {1}）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/filecheck.py"/>
        <source>{0} is not a Journey Editor project (not a database file)</source>
        <translation>{0} 不是 Journey Editor 项目（不是数据库文件）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/photos.py"/>
        <source>{0} is not a PNG or JPEG image</source>
        <translation>{0} 不是 PNG 或 JPEG 图片</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library_copy.py"/>
        <location filename="../../src/journeyeditor/persistence/store.py"/>
        <source>{0} is open in another Journey Editor window or program; close it there before replacing it</source>
        <translation>{0} 已在另一个 Journey Editor 窗口或程序中打开；请先在那里关闭再替换</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>{0} is open in another Journey Editor window or program; close it there first, or derive the map in that window</source>
        <translation>{0} 已在另一个 Journey Editor 窗口或程序中打开；请先在那里关闭，或在那个窗口中派生旅程图</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>{0} is open in another Journey Editor window or program; close it there first, or import in that window</source>
        <translation>{0} 已在另一个 Journey Editor 窗口或程序中打开；请先在那里关闭，或在那个窗口中导入</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/store.py"/>
        <source>{0} is open in another Journey Editor window or program; it can be opened read-only</source>
        <translation>{0} 已在另一个 Journey Editor 窗口或程序中打开；可以以只读方式打开</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <location filename="../../src/journeyeditor/persistence/store.py"/>
        <source>{0} is read-only ({1})</source>
        <translation>{0} 为只读（{1}）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/photos.py"/>
        <source>{0} is {1} MB: a photo may be at most {2} MB</source>
        <translation>{0} 有 {1} MB：照片最大为 {2} MB</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>{0} is {1} mm wide and {2} mm high, so {3}: leave out --orientation {4}, or give the size the other way round</source>
        <translation>{0} 宽 {1} mm、高 {2} mm，因此是{3}：请去掉 --orientation {4}，或把尺寸反过来写</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>{0} maps side by side</source>
        <translation>{0} 个旅程图并排</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>{0} maps stacked</source>
        <translation>{0} 个旅程图上下排列</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>{0} maps, {1} cards</source>
        <translation>{0} 张旅程图，{1} 张卡片</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>{0} matches</source>
        <translation>{0} 个匹配</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>{0} must be a whole number from {1} to {2}, not {3!r}</source>
        <translation>{0} 必须是 {1} 到 {2} 之间的整数，而不是 {3!r}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library_copy.py"/>
        <source>{0} now holds the library's project as it is after the publish</source>
        <translation>{0} 现在包含发布后资料库中的项目</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/history/diff.py"/>
        <source>{0} of {1}</source>
        <translation>{1} 的 {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/comments.py"/>
        <source>{0} open</source>
        <translation>{0} 条未解决</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf_comments.py"/>
        <source>{0} open, {1} resolved</source>
        <translation>{0} 条未解决，{1} 条已解决</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/owners_report.py"/>
        <source>{0} opportunities, {1} owners</source>
        <translation>{0} 个机会，{1} 位负责人</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>{0} participants</source>
        <translation>{0} 位参与者</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>{0} results</source>
        <translation>{0} 结果</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>{0} selected</source>
        <translation>已选择 {0} 项</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>{0} sheets of {1} ({2} × {3} and an assembly sheet), {4}, overlap {5} mm; least used sheet {6}</source>
        <translation>{0} 张 {1} 纸（{2} × {3}，外加一张拼装说明），{4}，重叠 {5} mm；最少使用的纸张 {6}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>{0} sheets of {1} {2} and this one; overlap {3} mm; the poster is {4}; card text {5} pt</source>
        <translation>{0} 张{2}的 {1} 纸，外加这一张；重叠 {3} mm；海报为 {4}；卡片文字 {5} pt</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>{0} tiles</source>
        <translation>{0} 分块</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <source>{0} to {1}</source>
        <translation>{0} 到 {1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting.py"/>
        <source>{0} took a dot back: {1} left</source>
        <translation>{0} 撤回了一个圆点：剩余 {1} 个</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting.py"/>
        <source>{0} voted for “{1}” and has no dots left (Tab: next participant)</source>
        <translation>{0} 投给了“{1}”，已无剩余圆点（Tab：下一位参与者）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting.py"/>
        <source>{0} voted for “{1}”: {2} left</source>
        <translation>{0} 投给了“{1}”：剩余 {2} 个</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <source>{0} was not imported:</source>
        <translation>未导入 {0}：</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/filecheck.py"/>
        <source>{0} was saved by a newer Journey Editor (file format {1}; this version reads up to {2}). Update Journey Editor to open it.</source>
        <translation>{0} 由更新版本的 Journey Editor 保存（文件格式 {1}；本版本最多只能读取 {2}）。请更新 Journey Editor 后再打开。</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/history/wording.py"/>
        <source>{0} {1} → {2}</source>
        <translation>{0} {1} → {2}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>{0} · {1} · {2} · {3}</source>
        <translation>{0} · {1} · {2} · {3}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>{0} × {1} in</source>
        <translation>{0} × {1} 英寸</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>{0} × {1} mm</source>
        <translation>{0} × {1} mm</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/png_dialog.py"/>
        <source>{0} × {1} pixels</source>
        <translation>{0} × {1} 像素</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>{0} — day in the life</source>
        <translation>{0} — 一天的生活</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>{0} — future state</source>
        <translation>{0} — 未来状态</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presentation.py"/>
        <source>{0} — Presentation</source>
        <translation>{0} — 演示</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presenter.py"/>
        <source>{0} — Presenter view</source>
        <translation>{0} — 演讲者视图</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>{0} — service blueprint</source>
        <translation>{0} — 服务蓝图</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/document.py"/>
        <source>{0} — snapshot “{1}” (read-only)</source>
        <translation>{0} — 快照“{1}”（只读）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>{0} — {1} maps</source>
        <translation>{0} — {1} 个旅程图</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>{0} — {1}, {2}</source>
        <translation>{0} — {1}，{2}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>{0} — {1}: poster {2}, {3}</source>
        <translation>{0} — {1}：海报 {2}，{3}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/catalogue.py"/>
        <source>{0}%</source>
        <translation>{0}%</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting.py"/>
        <source>{0}'s turn: {1} dots left</source>
        <translation>轮到 {0}：剩余 {1} 个圆点</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/gaps.py"/>
        <source>{0}, step {1}</source>
        <translation>{0}，步骤 {1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting.py"/>
        <source>{0}: 1 dot left</source>
        <translation>{0}：剩余 1 个圆点</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/store.py"/>
        <source>{0}: already exists</source>
        <translation>{0}：已存在</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>{0}: an @ in the user name or password must be written %40 (or give the password in PGPASSWORD)</source>
        <translation>{0}：用户名或密码中的 @ 必须写成 %40（或通过 PGPASSWORD 提供密码）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>{0}: cannot add a map: {1}</source>
        <translation>{0}：无法添加旅程图：{1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/filecheck.py"/>
        <source>{0}: cannot be read ({1})</source>
        <translation>{0}：无法读取（{1}）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tables.py"/>
        <source>{0}: every sheet is empty</source>
        <translation>{0}：所有工作表都是空的</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <location filename="../../src/journeyeditor/persistence/store.py"/>
        <source>{0}: is a folder</source>
        <translation>{0}：是一个文件夹</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/filecheck.py"/>
        <source>{0}: is a folder, not a project file</source>
        <translation>{0}：是文件夹，不是项目文件</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <location filename="../../src/journeyeditor/persistence/filecheck.py"/>
        <source>{0}: is not an ordinary file (a pipe, socket or device)</source>
        <translation>{0}：不是普通文件（是管道、套接字或设备）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>{0}: no project named {1!r} in the library</source>
        <translation>{0}：资料库中没有名为 {1!r} 的项目</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/app.py"/>
        <location filename="../../src/journeyeditor/cli.py"/>
        <location filename="../../src/journeyeditor/persistence/filecheck.py"/>
        <source>{0}: no such file</source>
        <translation>{0}：文件不存在</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>{0}: not a library address (postgresql://user@host:port/database)</source>
        <translation>{0}：不是资料库地址（postgresql://user@host:port/database）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tables.py"/>
        <source>{0}: not an XLSX workbook ({1})</source>
        <translation>{0}：不是 XLSX 工作簿（{1}）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>{0}: the address names no database</source>
        <translation>{0}：地址中没有数据库名</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <location filename="../../src/journeyeditor/persistence/store.py"/>
        <source>{0}: the last change could not be written ({1}); it is kept and written with the next one</source>
        <translation>{0}：最近的更改未能写入（{1}）；它会被保留，并随下一次更改一起写入</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>{0}: the library server cannot be reached ({1}); the change is kept and sent when it is back</source>
        <translation>{0}：无法连接资料库服务器（{1}）；此更改已保留，服务器恢复后发送</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>{0}: the library server cannot be reached and your last changes are not sent yet</source>
        <translation>{0}：无法连接资料库服务器，您最近的更改尚未发送</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tables.py"/>
        <source>{0}: the table is empty (no header row)</source>
        <translation>{0}：表格为空（没有标题行）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>{0}: which project? Add ?project=NAME to the address</source>
        <translation>{0}：哪个项目？请在地址后加上 ?project=名称</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/history/wording.py"/>
        <location filename="../../src/journeyeditor/ui/import_dialog.py"/>
        <source>{0}: {1}</source>
        <translation>{0}：{1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting.py"/>
        <source>{0}: {1} dots left</source>
        <translation>{0}：剩余 {1} 个圆点</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/priority_matrix.py"/>
        <source>{0}: {1} opportunities, {2} rated</source>
        <translation>{0}：{1} 个机会，{2} 个已评分</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>{0}; {1}</source>
        <translation>{0}；{1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/png_dialog.py"/>
        <source>{0}x</source>
        <translation>{0}x</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>{0}{1} — {2} of {3} dots left</source>
        <translation>{0}{1} — 剩余 {2}/{3} 个圆点</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/window.py"/>
        <source>“{0}” is open: click cards to vote; {1}'s turn</source>
        <translation>“{0}”进行中：点击卡片投票；轮到 {1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/gaps.py"/>
        <source>“{0}” → “{1}”, in {2}</source>
        <translation>“{0}” → “{1}”，位于 {2}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <source>“{0}”: {1} sections, {2} tasks; actors: {3}</source>
        <translation>“{0}”：{1} 个阶段，{2} 个任务；参与者：{3}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/import_dialog.py"/>
        <source>… and {0} more</source>
        <translation>…… 还有 {0} 行</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presenter.py"/>
        <source>… and {0} more cards</source>
        <translation>…以及另外 {0} 张卡片</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>… and {0} more pages</source>
        <translation>…以及另外 {0} 页</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presenter.py"/>
        <source>→ next · ← previous · B black · T timer · Shift+T set timer · C capture · F1 keys · Esc leave</source>
        <translation>→ 下一张 · ← 上一张 · B 黑屏 · T 计时器 · Shift+T 设置计时器 · C 记录 · F1 快捷键 · Esc 退出</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/layout/style.py"/>
        <source>≈ {0} h</source>
        <translation>≈ {0} 小时</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/layout/style.py"/>
        <source>≈ {0} min</source>
        <translation>≈ {0} 分钟</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/layout/style.py"/>
        <source>≈ {0} s</source>
        <translation>≈ {0} 秒</translation>
    </message>
</context>
</TS>
