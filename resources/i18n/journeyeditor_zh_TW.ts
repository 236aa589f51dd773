<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
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
        <translation>（在 Mermaid 中，「#」之後是註解）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source> (and {0} more)</source>
        <translation>（另有 {0} 項）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source> [read-only]</source>
        <translation>（唯讀）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source> and </source>
        <translation>和</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/timer.py"/>
        <source> min</source>
        <translation> 分鐘</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source> participants</source>
        <translation> 位參與者</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source> — row {0}, column {1}  ({2}/{3})</source>
        <translation> — 第 {0} 列，第 {1} 欄  ({2}/{3})</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;About Journey Editor</source>
        <translation>關於 Journey Editor(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/gaps.py"/>
        <source>&amp;Accept</source>
        <translation>接受(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;Actual Size (100 %)</source>
        <translation>實際大小 (100%)(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>&amp;Add</source>
        <translation>新增(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;Claims Without Evidence</source>
        <translation>無證據的論斷(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;Close</source>
        <translation>關閉(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>&amp;Colour…</source>
        <translation>顏色(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;Copy</source>
        <translation>複製(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;Copy This Map into the Project</source>
        <translation>將此旅程圖複製到專案中(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <location filename="../../src/journeyeditor/workshop/comments.py"/>
        <source>&amp;Delete</source>
        <translation>刪除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>&amp;Delete Round</source>
        <translation>刪除回合(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/gaps.py"/>
        <source>&amp;Dismiss</source>
        <translation>忽略(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>&amp;Dots each</source>
        <translation>每人圓點數(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;Edit</source>
        <translation>編輯(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>&amp;End Round</source>
        <translation>結束回合(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>&amp;Export Results…</source>
        <translation>匯出結果(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;Find…</source>
        <translation>尋找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;Fit to Window</source>
        <translation>符合視窗(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/heatmap_menu.py"/>
        <source>&amp;Heatmap</source>
        <translation>熱度圖(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>高對比(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <source>&amp;Import Mermaid Journey…</source>
        <translation>匯入 Mermaid 旅程(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;Import…</source>
        <translation>匯入(&amp;I)…</translation>
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
        <translation>鍵盤快速鍵(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>淺色(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <location filename="../../src/journeyeditor/workshop/window.py"/>
        <source>&amp;Map</source>
        <translation>旅程圖(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>&amp;Name</source>
        <translation>名稱(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;New Map from Template…</source>
        <translation>從範本新增旅程圖(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>&amp;New Round…</source>
        <translation>新增回合(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;New…</source>
        <translation>新增(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/heatmap_menu.py"/>
        <source>&amp;Next Heatmap</source>
        <translation>下一個熱度圖(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;Open…</source>
        <translation>開啟(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;Paste</source>
        <translation>貼上(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;Present</source>
        <translation>簡報(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
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
        <translation>回覆(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;Reports</source>
        <translation>報告(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>&amp;Start Voting</source>
        <translation>開始投票(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>跟隨系統(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>&amp;Take Back</source>
        <translation>收回(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/themes.py"/>
        <source>&amp;Theme</source>
        <translation>佈景主題(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;Undo {0}</source>
        <translation>復原 {0}(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <location filename="../../src/journeyeditor/workshop/window.py"/>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>&amp;Vote in This Round</source>
        <translation>在此回合中投票(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/mermaid.py"/>
        <source>'journey' stands alone on its line</source>
        <translation>「journey」必須單獨佔一行</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/inspector.py"/>
        <source>(by type)</source>
        <translation>（依類型）</translation>
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
        <translation>（此階段尚未寫下目標）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presenter.py"/>
        <source>(no notes or open comments)</source>
        <translation>（沒有備註或未解決的留言）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/canvas/metrics.py"/>
        <source>(no period)</source>
        <translation>（無期間）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/start_page.py"/>
        <source>(none yet)</source>
        <translation>（尚無）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>(none)</source>
        <translation>（無）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presenter.py"/>
        <source>(part {0} of {1})</source>
        <translation>（第 {0} 部分，共 {1} 部分）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presenter.py"/>
        <source>(paused)</source>
        <translation>（已暫停）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/gaps.py"/>
        <source>(the map's end)</source>
        <translation>（旅程圖末尾）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presenter.py"/>
        <source>(untitled card)</source>
        <translation>（無標題卡片）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf_votes.py"/>
        <location filename="../../src/journeyeditor/reports/comments.py"/>
        <location filename="../../src/journeyeditor/ui/priority_matrix.py"/>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>(untitled)</source>
        <translation>（無標題）</translation>
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
        <translation>+ 階段</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>+ Step</source>
        <translation>+ 步驟</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>--all exports every map: drop --map, or --all</source>
        <translation>--all 會匯出所有旅程圖：請拿掉 --map 或 --all</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>--all is for pdf, png, svg and mermaid: a json export always holds every map</source>
        <translation>--all 用於 pdf、png、svg 和 mermaid：json 匯出一律包含所有旅程圖</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>--force replaces -o FILE; --into adds to its file</source>
        <translation>--force 用於取代 -o 指定的檔案；--into 是向檔案中加入</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>--into adds a spreadsheet's maps (csv, tsv, xlsx); a json project makes a new file with -o</source>
        <translation>--into 用於加入試算表中的地圖（csv、tsv、xlsx）；json 專案請用 -o 產生新檔案</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library_copy.py"/>
        <source>--keep is for a copy fetched from the library; {0} is not one</source>
        <translation>--keep 用於從資料庫取回的副本；{0} 不是這樣的副本</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>--layout {0} puts several maps on one page: add --all</source>
        <translation>--layout {0} 會把多張旅程圖放在同一頁：請加上 --all</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>--map-name names one map, and the workbook has {0} sheets: choose one with --sheet</source>
        <translation>--map-name 只能命名一張地圖，而活頁簿有 {0} 個工作表：請用 --sheet 選擇一個</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>--name must not be empty</source>
        <translation>--name 不可為空</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/png.py"/>
        <source>--scale must be between 0.05 and 8</source>
        <translation>--scale 必須介於 0.05 到 8 之間</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>--scale-to-text chooses the page size itself: leave out --page (or add --tile to print it on office paper)</source>
        <translation>--scale-to-text 會自行決定頁面大小：請拿掉 --page（或加上 --tile 以辦公用紙列印）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>--{0} is for csv and xlsx imports</source>
        <translation>--{0} 僅用於 csv 和 xlsx 匯入</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>1 claim without evidence</source>
        <translation>1 個無證據的論斷</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf_votes.py"/>
        <source>1 dot each</source>
        <translation>每人 1 個圓點</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>1 month ago</source>
        <translation>1 個月前</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>1 week ago</source>
        <translation>1 週前</translation>
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
        <translation>回合進行中按 1–9、Tab、Shift+Tab</translation>
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
        <translation>3 個月前</translation>
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
        <translation>6 個月前</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>: {0} x {1} sheets — tape them together in this order</source>
        <translation>：{0} × {1} 張紙 — 依此順序黏貼</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>; {0} changes in {1} maps since the one before</source>
        <translation>；自上一個快照以來 {1} 張旅程圖有 {0} 處變更</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&lt;h3&gt;Journey Editor {0}&lt;/h3&gt;&lt;p&gt;Customer-journey maps and service blueprints: offline, fast on huge maps, printable as wall-sized posters, in every script.&lt;/p&gt;&lt;p&gt;Free software under the GNU GPL, version 3 or later. Fonts: Noto (SIL Open Font License).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Journey Editor {0}&lt;/h3&gt;&lt;p&gt;顧客旅程圖與服務藍圖：離線可用，超大旅程圖也流暢，可列印成整面牆的海報，支援所有文字。&lt;/p&gt;&lt;p&gt;自由軟體，依 GNU GPL 第 3 版或更新版本發布。字型：Noto（SIL Open Font License）。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>a .mmd file holds one diagram: write --all to a .md file</source>
        <translation>.mmd 檔案只能容納一張圖：請將 --all 寫入 .md 檔案</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/mermaid.py"/>
        <source>a .mmd file holds one diagram: write several maps to a .md file</source>
        <translation>.mmd 檔案只能容納一張圖：多張旅程圖請寫入 .md 檔案</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/model/project.py"/>
        <source>a card moves inside its own map</source>
        <translation>卡片只能在自己的旅程圖內移動</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/model/project.py"/>
        <source>a card spans at least one step</source>
        <translation>卡片至少橫跨一個步驟</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>A comment needs some text</source>
        <translation>留言不能為空</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/model/project.py"/>
        <source>a connector joins two different cards</source>
        <translation>連線必須連接兩張不同的卡片</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>a csv holds one map: name it with --map, or export xlsx for a sheet per map</source>
        <translation>一個 csv 只能容納一張地圖：用 --map 指定，或匯出 xlsx，每張地圖一個工作表</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>A custom KPI needs a name</source>
        <translation>自訂 KPI 需要名稱</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/store.py"/>
        <source>a disk input/output error</source>
        <translation>磁碟輸入/輸出錯誤</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>a file</source>
        <translation>某個檔案</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>A gap sits between two steps: this is the map's last step</source>
        <translation>缺口位於兩個步驟之間：這是旅程圖的最後一個步驟</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/import_dialog.py"/>
        <source>a journey map</source>
        <translation>一張旅程地圖</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/svg.py"/>
        <source>A journey map made with Journey Editor</source>
        <translation>以 Journey Editor 製作的旅程圖</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>a library project needs a name</source>
        <translation>資料庫中的專案需要一個名稱</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>a library project's name must be at most {0} characters</source>
        <translation>資料庫專案的名稱最多 {0} 個字元</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>a library project's name must be one line of text, without spaces at either end</source>
        <translation>資料庫專案的名稱必須是一行文字，兩端不能有空格</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/model/project.py"/>
        <source>a metric belongs to a stage, step or card of its map</source>
        <translation>指標必須屬於其旅程圖中的階段、步驟或卡片</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/preferences.py"/>
        <source>A new language shows when Journey Editor starts again.</source>
        <translation>新語言會在 Journey Editor 重新啟動後生效。</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>a page side can be at most {0} mm (PDF's 200-inch limit); {1} is larger: use --tile or a smaller page</source>
        <translation>頁面邊長最多 {0} mm（PDF 的 200 英吋上限）；{1} 超出了：請使用 --tile 或較小的頁面</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>a page side must be at least {0} mm</source>
        <translation>頁面邊長至少為 {0} mm</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>路徑中的某一部分不是資料夾</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/mermaid.py"/>
        <source>a section's name cannot hold ':'</source>
        <translation>階段（section）名稱中不能含有「:」</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/import_dialog.py"/>
        <source>a service blueprint</source>
        <translation>一張服務藍圖</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/document.py"/>
        <source>a snapshot; copy cards from it and paste them into the project</source>
        <translation>這是快照；可從中複製卡片，貼到專案中</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>A stage keeps at least one step: delete the stage instead</source>
        <translation>每個階段至少保留一個步驟：請改為刪除該階段</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/model/project.py"/>
        <source>a step belongs to a stage of its own map</source>
        <translation>步驟必須屬於其旅程圖中的階段</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/mermaid.py"/>
        <source>a task is 'name: score: actors': this line has more colons</source>
        <translation>任務的格式是「名稱: 分數: 參與者」：這一行的冒號太多</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/mermaid.py"/>
        <source>a task needs a name before its ':'</source>
        <translation>任務在「:」之前需要一個名稱</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/mermaid.py"/>
        <source>a task needs a score from 0 to 5</source>
        <translation>任務需要一個 0 到 5 的分數</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>a team library needs psycopg: pip install 'journeyeditor[library]'</source>
        <translation>團隊資料庫需要 psycopg：pip install 'journeyeditor[library]'</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>a time cannot be negative ({0!r})</source>
        <translation>時間不能為負數（{0!r}）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>A voting round needs at least one participant</source>
        <translation>投票回合至少需要一位參與者</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>A&amp;nonymous: no names, only</source>
        <translation>匿名(&amp;N)：不記名，僅</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>A3 sheets</source>
        <translation>A3 紙張</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>A4 sheets</source>
        <translation>A4 紙張</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>About Journey Editor</source>
        <translation>關於 Journey Editor</translation>
    </message>
    <message>
        <source>Accept / dismiss the selected suggestion (Ctrl+Z undoes)</source>
        <translation>接受 / 忽略所選建議（Ctrl+Z 復原）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/gaps.py"/>
        <source>Accept A&amp;ll</source>
        <translation>全部接受(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/gaps.py"/>
        <source>Accept {0} suggested gaps</source>
        <translation>接受 {0} 個建議的缺口</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/mermaid.py"/>
        <source>accTitle takes its value after a colon</source>
        <translation>accTitle 的值寫在冒號之後</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>行為</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>行為</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <source>Actors named like a persona of this project become that persona: {0}</source>
        <translation>與本專案中人物誌同名的參與者將成為該人物誌：{0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Add &amp;Card</source>
        <translation>新增卡片(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Add &amp;Gap After This Step…</source>
        <translation>在此步驟後新增缺口(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Add &amp;Lane</source>
        <translation>新增泳道(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Add &amp;Metric…</source>
        <translation>新增指標(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Add &amp;Persona…</source>
        <translation>新增人物誌(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Add &amp;Stage</source>
        <translation>新增階段(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/panels.py"/>
        <source>Add a map</source>
        <translation>新增旅程圖</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/panels.py"/>
        <source>Add a persona</source>
        <translation>新增人物誌</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/canvas/scene.py"/>
        <source>Add a persona (Ctrl+Shift+P) to draw an emotion line here</source>
        <translation>新增一個人物誌（Ctrl+Shift+P）即可在此繪製情緒曲線</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/canvas/items.py"/>
        <source>Add a point</source>
        <translation>新增一個點</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/canvas/items.py"/>
        <source>Add a point for {0}: click at the feeling</source>
        <translation>為 {0} 新增一個點：在對應的情緒處點按</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Add Card Here</source>
        <translation>在此新增卡片</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/window.py"/>
        <source>Add Co&amp;mment…</source>
        <translation>新增留言(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/comments.py"/>
        <location filename="../../src/journeyeditor/workshop/window.py"/>
        <source>Add Comment</source>
        <translation>新增留言</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Add comment</source>
        <translation>新增留言</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/window.py"/>
        <source>Add Comment on the Map…</source>
        <translation>在旅程圖上新增留言…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/window.py"/>
        <source>Add Comment…</source>
        <translation>新增留言…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Add emotion point</source>
        <translation>新增情緒點</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <source>Add Evidence</source>
        <translation>新增證據</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/gaps.py"/>
        <source>Add Gap</source>
        <translation>新增缺口</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Add Gap After This Step…</source>
        <translation>在此步驟後新增缺口…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Add Gap Here ({0})…</source>
        <translation>在此新增缺口（{0}）…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Add Lane</source>
        <translation>新增泳道</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Add Lane Above</source>
        <translation>在上方新增泳道</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Add Lane Below</source>
        <translation>在下方新增泳道</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Add map</source>
        <translation>新增旅程圖</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>Add Metric</source>
        <translation>新增指標</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Add Metric…</source>
        <translation>新增指標…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Add Next Period…</source>
        <translation>新增下一期間…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Add Point for {0}</source>
        <translation>為 {0} 新增點</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Add S&amp;tep</source>
        <translation>新增步驟(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Add Stage</source>
        <translation>新增階段</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Add Stage After</source>
        <translation>在後面新增階段</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Add Stage Before</source>
        <translation>在前面新增階段</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Add Step</source>
        <translation>新增步驟</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Add Step After</source>
        <translation>在後面新增步驟</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Add Step Before</source>
        <translation>在前面新增步驟</translation>
    </message>
    <message>
        <source>Add that persona's point at the score under the pointer</source>
        <translation>在指標所在的分數處新增該人物誌的點</translation>
    </message>
    <message>
        <source>Add the neighbouring card to the selection</source>
        <translation>將相鄰卡片加入選取範圍</translation>
    </message>
    <message>
        <source>Add the next persona's point here (then Up/Down)</source>
        <translation>在此新增下一個人物誌的點（然後按 上/下）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/gaps.py"/>
        <source>Add this gap to the map (Enter)</source>
        <translation>將此缺口新增到旅程圖（Enter）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Add this report as pages after the map (A4 or Letter, landscape)</source>
        <translation>將此報告作為旅程圖之後的頁面加入（A4 或 Letter，橫向）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/capture.py"/>
        <source>Add to {0}</source>
        <translation>新增到 {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Add {0}</source>
        <translation>新增{0}</translation>
    </message>
    <message>
        <source>added card {0}</source>
        <translation>新增卡片 {0}</translation>
    </message>
    <message>
        <source>added connector {0}</source>
        <translation>新增連線 {0}</translation>
    </message>
    <message>
        <source>added lane {0}</source>
        <translation>新增泳道 {0}</translation>
    </message>
    <message>
        <source>added map {0}</source>
        <translation>新增旅程圖 {0}</translation>
    </message>
    <message>
        <source>added metric {0}</source>
        <translation>新增指標 {0}</translation>
    </message>
    <message>
        <source>added persona {0}</source>
        <translation>新增人物誌 {0}</translation>
    </message>
    <message>
        <source>added stage {0}</source>
        <translation>新增階段 {0}</translation>
    </message>
    <message>
        <source>added step {0}</source>
        <translation>新增步驟 {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>Add…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <source>Advocacy</source>
        <translation>推薦</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>下午</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/layout/style.py"/>
        <source>against the source map</source>
        <translation>相對於來源旅程圖</translation>
    </message>
    <message>
        <source>Aha</source>
        <translation>頓悟時刻</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>All on one page, one under another</source>
        <translation>全部放在同一頁，上下排列</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>All on one page, side by side</source>
        <translation>全部放在同一頁，左右並排</translation>
    </message>
    <message>
        <source>All threads</source>
        <translation>全部討論串</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/library_ui.py"/>
        <source>Also open by: {0}</source>
        <translation>同時開啟的還有：{0}</translation>
    </message>
    <message>
        <source>Alt+Arrow keys</source>
        <translation>Alt+方向鍵</translation>
    </message>
    <message>
        <source>Alt+Left / Alt+Right on a stage or step header</source>
        <translation>在階段或步驟標題上按 Alt+左 / Alt+右</translation>
    </message>
    <message>
        <source>an input/output error on the disk</source>
        <translation>磁碟發生輸入/輸出錯誤</translation>
    </message>
    <message>
        <source>Analytical</source>
        <translation>分析型</translation>
    </message>
    <message>
        <source>analytics</source>
        <translation>數據分析</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/mermaid.py"/>
        <source>and {0} more</source>
        <translation>另有 {0} 處</translation>
    </message>
    <message>
        <source>Anecdotal</source>
        <translation>軼事型</translation>
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
        <translation>匿名，{0} 位參與者</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf_votes.py"/>
        <source>Anonymous: {0} participants</source>
        <translation>匿名：{0} 位參與者</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/store.py"/>
        <source>another program is writing it</source>
        <translation>另一個程式正在寫入</translation>
    </message>
    <message>
        <source>ARCH E</source>
        <translation>ARCH E</translation>
    </message>
    <message>
        <source>Arrive</source>
        <translation>抵達</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>方向鍵</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/preferences.py"/>
        <source>Asked for when you first comment</source>
        <translation>首次留言時會詢問</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>at {0} pt the card text needs a page of {1}, more than PDF's {2} mm: add --tile A4, A3 or letter, or ask for a smaller text size</source>
        <translation>卡片文字為 {0} pt 時需要 {1} 的頁面，超過 PDF 的 {2} mm 上限：請加上 --tile A4、A3 或 letter，或選用較小的文字</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Automatic ({0})</source>
        <translation>自動（{0}）</translation>
    </message>
    <message>
        <source>Awareness</source>
        <translation>認知</translation>
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
        <translation>後台</translation>
    </message>
    <message>
        <source>Backstage actions</source>
        <translation>後台行為</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/history/restore.py"/>
        <source>Before restoring {0}</source>
        <translation>還原 {0} 之前</translation>
    </message>
    <message>
        <source>Black screen (again to come back)</source>
        <translation>黑畫面（再按一次返回）</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>空白</translation>
    </message>
    <message>
        <source>Blueprint lines</source>
        <translation>藍圖分隔線</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>內文</translation>
    </message>
    <message>
        <source>body</source>
        <translation>內文</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <source>Browse…</source>
        <translation>瀏覽…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>C&amp;onnect Selected Cards</source>
        <translation>連接所選卡片(&amp;O)</translation>
    </message>
    <message>
        <source>C, or just type</source>
        <translation>C，或直接輸入</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel editing (a new empty card goes away)</source>
        <translation>取消編輯（新增的空白卡片會被移除）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Cannot create project</source>
        <translation>無法建立專案</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Cannot open project</source>
        <translation>無法開啟專案</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <source>Cannot open {0}: no such file</source>
        <translation>無法開啟 {0}：檔案不存在</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library_copy.py"/>
        <source>cannot publish to {0}: {1}</source>
        <translation>無法發佈到 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>cannot reach the library {0}: {1}</source>
        <translation>無法連線資料庫 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/store.py"/>
        <source>cannot replace {0}: {1}</source>
        <translation>無法取代 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Cannot save</source>
        <translation>無法儲存</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/owners_report.py"/>
        <source>Cannot save the report</source>
        <translation>無法儲存報告</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>cannot sign in to the library {0}: {1}</source>
        <translation>無法登入資料庫 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/fileio.py"/>
        <source>cannot write the file</source>
        <translation>無法寫入檔案</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Cannot write the project</source>
        <translation>無法寫入專案</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/fileio.py"/>
        <source>cannot write {0}: it is a folder</source>
        <translation>無法寫入 {0}：它是資料夾</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/fileio.py"/>
        <location filename="../../src/journeyeditor/persistence/store.py"/>
        <source>cannot write {0}: it is not an ordinary file</source>
        <translation>無法寫入 {0}：它不是一般檔案</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/fileio.py"/>
        <location filename="../../src/journeyeditor/persistence/store.py"/>
        <source>cannot write {0}: the folder {1} does not exist</source>
        <translation>無法寫入 {0}：資料夾 {1} 不存在</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/fileio.py"/>
        <source>cannot write {0}: the folder {1} is not writable</source>
        <translation>無法寫入 {0}：資料夾 {1} 無法寫入</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/fileio.py"/>
        <location filename="../../src/journeyeditor/persistence/store.py"/>
        <source>cannot write {0}: {1}</source>
        <translation>無法寫入 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/fileio.py"/>
        <source>cannot write {0}: {1} is not a folder</source>
        <translation>無法寫入 {0}：{1} 不是資料夾</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/shortcuts.py"/>
        <source>Canvas</source>
        <translation>畫布</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/capture.py"/>
        <source>Capture “{0}”</source>
        <translation>記錄「{0}」</translation>
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
        <translation>卡片標題</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Card Type</source>
        <translation>卡片類型</translation>
    </message>
    <message>
        <source>Card type</source>
        <translation>卡片類型</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>card type</source>
        <translation>卡片類型</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/layout/style.py"/>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>Card types</source>
        <translation>卡片類型</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>Card “{0}”</source>
        <translation>卡片「{0}」</translation>
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
        <translation>卡片：{0} · 階段：{1} · 泳道：{2} · {3}</translation>
    </message>
    <message>
        <source>cell</source>
        <translation>儲存格</translation>
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
        <translation>變更卡片類型</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Change emotion scale</source>
        <translation>變更情緒刻度</translation>
    </message>
    <message>
        <source>Change its score</source>
        <translation>變更其分數</translation>
    </message>
    <message>
        <source>CHANGED</source>
        <translation>已變更</translation>
    </message>
    <message>
        <source>changed card {0}</source>
        <translation>修改卡片 {0}</translation>
    </message>
    <message>
        <source>changed connector {0}</source>
        <translation>修改連線 {0}</translation>
    </message>
    <message>
        <source>changed lane {0}</source>
        <translation>修改泳道 {0}</translation>
    </message>
    <message>
        <source>changed map {0}</source>
        <translation>修改旅程圖 {0}</translation>
    </message>
    <message>
        <source>changed metric {0}</source>
        <translation>修改指標 {0}</translation>
    </message>
    <message>
        <source>changed persona {0}</source>
        <translation>修改人物誌 {0}</translation>
    </message>
    <message>
        <source>changed stage {0}</source>
        <translation>修改階段 {0}</translation>
    </message>
    <message>
        <source>changed step {0}</source>
        <translation>修改步驟 {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>Changes</source>
        <translation>變更</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Changes not written</source>
        <translation>變更未寫入</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>通路</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>channel</source>
        <translation>通路</translation>
    </message>
    <message>
        <source>Channel switch</source>
        <translation>通路切換</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>通路</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>聊天</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>Choose at least one card type and one lane.</source>
        <translation>請至少選擇一種卡片類型和一條泳道。</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/panels.py"/>
        <source>Choose Photo</source>
        <translation>選擇相片</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/panels.py"/>
        <source>Choose Photo…</source>
        <translation>選擇相片…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>Choose two different snapshots to compare</source>
        <translation>請選擇兩個不同的快照進行比較</translation>
    </message>
    <message>
        <source>Choose whose turn it is</source>
        <translation>選擇輪到誰</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/priority_matrix.py"/>
        <source>Clear rating</source>
        <translation>清除評分</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/date_field.py"/>
        <source>Clear the date</source>
        <translation>清除日期</translation>
    </message>
    <message>
        <source>Click a + handle in the emotion band</source>
        <translation>點按情緒帶中的 + 控點</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>Click a card to place the active participant's dot.</source>
        <translation>點選卡片，為目前參與者放置圓點。</translation>
    </message>
    <message>
        <source>Click a card while a round is open</source>
        <translation>回合進行中點選卡片</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/gaps.py"/>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Close Without Them</source>
        <translation>不保存並關閉</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/inspector.py"/>
        <location filename="../../src/journeyeditor/ui/panels.py"/>
        <source>Colour</source>
        <translation>顏色</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>顏色</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/shortcuts.py"/>
        <source>Command</source>
        <translation>指令</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>留言</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/comments.py"/>
        <source>Comment deleted (Undo brings it back)</source>
        <translation>留言已刪除（復原可還原）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/window.py"/>
        <source>Comments</source>
        <translation>留言</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/window.py"/>
        <source>Comments ({0} open)</source>
        <translation>留言（{0} 則未解決）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf_comments.py"/>
        <source>Comments — {0}</source>
        <translation>留言 — {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Comments: bubbles on the map, and a page of its threads</source>
        <translation>留言：旅程圖上的泡泡，以及列出各討論串的一頁</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>Compare</source>
        <translation>比較</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>Compare Since</source>
        <translation>比較自某時起的變更</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>Compare with</source>
        <translation>比較對象</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Compare with &amp;Source Map</source>
        <translation>與來源旅程圖比較(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>Compare with the latest snapshot taken by a date: 2026-05-31, or 6 months ago</source>
        <translation>與某日期（如 2026-05-31 或 6 個月前）之前最近的快照比較</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>Compare with:</source>
        <translation>比較對象：</translation>
    </message>
    <message>
        <source>Connect the selected card to the one you go to</source>
        <translation>將所選卡片連接到你移到的卡片</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Connect {0} cards</source>
        <translation>連接 {0} 張卡片</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Connecting: go to the target card with the arrow keys and press Enter (Esc cancels)</source>
        <translation>正在連接：用方向鍵移到目標卡片並按 Enter（Esc 取消）</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>連線</translation>
    </message>
    <message>
        <source>connector</source>
        <translation>連線</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Connector label</source>
        <translation>連線標籤</translation>
    </message>
    <message>
        <source>Consideration</source>
        <translation>考慮</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>轉換率</translation>
    </message>
    <message>
        <source>Conversion (%)</source>
        <translation>轉換率（%）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Copied into {0}</source>
        <translation>已複製到 {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Copy</source>
        <translation>複製</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>Copy a Map</source>
        <translation>複製旅程圖</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>Copy a Map…</source>
        <translation>複製旅程圖…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/history/restore.py"/>
        <source>Copy map from {0}</source>
        <translation>從 {0} 複製旅程圖</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>計數</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/timer.py"/>
        <source>Countdown</source>
        <translation>倒數計時</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Create &amp;Day in the Life from This Journey</source>
        <translation>從此旅程建立一日生活(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Create &amp;Future State from This Map</source>
        <translation>從此旅程圖建立未來狀態(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Create day in the life</source>
        <translation>建立一日生活</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Create future state</source>
        <translation>建立未來狀態</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Create Service &amp;Blueprint from This Journey</source>
        <translation>從此旅程建立服務藍圖(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Create service blueprint</source>
        <translation>建立服務藍圖</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Crop and alignment marks</source>
        <translation>裁切與對齊標記</translation>
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
        <translation>Ctrl+K、方向鍵、Enter</translation>
    </message>
    <message>
        <source>Ctrl+Right / Ctrl+Left</source>
        <translation>Ctrl+右 / Ctrl+左</translation>
    </message>
    <message>
        <source>Ctrl+wheel</source>
        <translation>Ctrl+滾輪</translation>
    </message>
    <message>
        <source>Ctrl+Z / Ctrl+Shift+Z</source>
        <translation>Ctrl+Z / Ctrl+Shift+Z</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Cu&amp;t</source>
        <translation>剪下(&amp;T)</translation>
    </message>
    <message>
        <source>Current state</source>
        <translation>現況</translation>
    </message>
    <message>
        <source>Custom KPI</source>
        <translation>自訂 KPI</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>Customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/mermaid.py"/>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>Customer actions</source>
        <translation>顧客行為</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Cut</source>
        <translation>剪下</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>D&amp;uplicate</source>
        <translation>製作複本(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/library_ui.py"/>
        <source>Database:</source>
        <translation>資料庫：</translation>
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
        <translation>一日生活</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Delete Connector</source>
        <translation>刪除連線</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Delete Gap</source>
        <translation>刪除缺口</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Delete Lane</source>
        <translation>刪除泳道</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Delete Metric</source>
        <translation>刪除指標</translation>
    </message>
    <message>
        <source>Delete on a step header</source>
        <translation>在步驟標題上按 Delete</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Delete Point</source>
        <translation>刪除點</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>Delete Round</source>
        <translation>刪除回合</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Delete Stage</source>
        <translation>刪除階段</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Delete Step</source>
        <translation>刪除步驟</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Delete Step (a stage keeps at least one)</source>
        <translation>刪除步驟（每個階段至少保留一個）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/panels.py"/>
        <source>Delete the map</source>
        <translation>刪除旅程圖</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/panels.py"/>
        <source>Delete the persona</source>
        <translation>刪除人物誌</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>Delete the round “{0}” and its {1} dots? (Undo brings them back.)</source>
        <translation>刪除回合「{0}」及其 {1} 個圓點？（復原可還原。）</translation>
    </message>
    <message>
        <source>Delete the step and its cards (a stage keeps at least one)</source>
        <translation>刪除該步驟及其卡片（每個階段至少保留一個）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Delete {0}</source>
        <translation>刪除{0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Delete {0} items</source>
        <translation>刪除 {0} 個項目</translation>
    </message>
    <message>
        <source>Department hand-off</source>
        <translation>部門交接</translation>
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
        <translation>裝置切換</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Dismiss gap suggestion</source>
        <translation>忽略缺口建議</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/gaps.py"/>
        <source>Do not suggest this gap again (Delete)</source>
        <translation>不再建議此缺口（Delete）</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>Dot colour</source>
        <translation>圓點顏色</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf_votes.py"/>
        <source>Dots</source>
        <translation>圓點</translation>
    </message>
    <message>
        <source>Double-click a gap's glyph</source>
        <translation>按兩下缺口的圖示</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/owners_report.py"/>
        <source>Double-click an opportunity (or press Enter) to show it on its map.</source>
        <translation>按兩下一個機會（或按 Enter）即可在其旅程圖上顯示。</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/canvas/metrics.py"/>
        <source>Double-click to edit</source>
        <translation>按兩下以編輯</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Down</source>
        <translation>下</translation>
    </message>
    <message>
        <source>Down on a stage or step header</source>
        <translation>在階段或步驟標題上按 下</translation>
    </message>
    <message>
        <source>Drag a stage, step or lane header</source>
        <translation>拖曳階段、步驟或泳道標題</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/priority_matrix.py"/>
        <source>Drag an opportunity to a cell to rate it, or to the tray to clear its rating. With the keyboard: Tab picks the next one, the arrows move it a cell, Delete clears its rating.</source>
        <translation>將機會拖曳到某個格子中為其評分，或拖曳到托盤中清除評分。使用鍵盤：Tab 選取下一個，方向鍵將其移動一格，Delete 清除評分。</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Drag onto the map, or press Enter to add one to the selected cell</source>
        <translation>拖曳到旅程圖上，或按 Enter 在所選儲存格中新增</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>已放棄</translation>
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
        <translation>製作複本</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Duplicate map</source>
        <translation>複製旅程圖</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/panels.py"/>
        <source>Duplicate the map</source>
        <translation>複製此旅程圖</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>e.g. %, per day, €</source>
        <translation>例如 %、每天、€</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>e.g. Docks full</source>
        <translation>例如 碼頭已滿</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>e.g. Quarterly survey, n = 400</source>
        <translation>例如 季度調查，n = 400</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <source>Each journey becomes a map:</source>
        <translation>每個旅程都會成為一張旅程圖：</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Each participant needs at least one vote</source>
        <translation>每位參與者至少需要一票</translation>
    </message>
    <message>
        <source>Early morning</source>
        <translation>清晨</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/panels.py"/>
        <source>Edit</source>
        <translation>編輯</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Edit &amp;Text</source>
        <translation>編輯文字(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <source>Edit Evidence</source>
        <translation>編輯證據</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <source>Edit evidence</source>
        <translation>編輯證據</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/gaps.py"/>
        <source>Edit Gap</source>
        <translation>編輯缺口</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/gaps.py"/>
        <source>Edit gap</source>
        <translation>編輯缺口</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Edit Gap…</source>
        <translation>編輯缺口…</translation>
    </message>
    <message>
        <source>Edit its kind and note (Delete removes a selected glyph)</source>
        <translation>編輯其類型與備註（Delete 刪除所選圖示）</translation>
    </message>
    <message>
        <source>Edit its note</source>
        <translation>編輯其備註</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Edit Label…</source>
        <translation>編輯標籤…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>Edit Metric</source>
        <translation>編輯指標</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>Edit metric</source>
        <translation>編輯指標</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Edit Metric…</source>
        <translation>編輯指標…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Edit Note</source>
        <translation>編輯備註</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Edit Text</source>
        <translation>編輯文字</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/panels.py"/>
        <source>Edit the persona</source>
        <translation>編輯人物誌</translation>
    </message>
    <message>
        <source>Edit the selected card; add a card in an empty cell</source>
        <translation>編輯所選卡片；在空白儲存格中新增卡片</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Edit {0}</source>
        <translation>編輯{0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>Edit…</source>
        <translation>編輯…</translation>
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
        <translation>電子郵件</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>emotion</source>
        <translation>情緒</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Emotion &amp;Notes</source>
        <translation>情緒備註(&amp;N)</translation>
    </message>
    <message>
        <source>Emotion Average</source>
        <translation>情緒平均值</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Emotion notes by the faces</source>
        <translation>表情旁的情緒備註</translation>
    </message>
    <message>
        <source>Emotion of a persona</source>
        <translation>某一人物誌的情緒</translation>
    </message>
    <message>
        <source>Emotion point</source>
        <translation>情緒點</translation>
    </message>
    <message>
        <source>emotion point</source>
        <translation>情緒點</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/layout/style.py"/>
        <source>Emotion scale</source>
        <translation>情緒刻度</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>emotion scores from {0} to {1} fit no scale (-2..2, 1..5, -3..3, 1..7, 1..10, 0..10, -5..5, -10..10, 0..100)</source>
        <translation>情緒分數從 {0} 到 {1}，不符合任何量表（-2..2、1..5、-3..3、1..7、1..10、0..10、-5..5、-10..10、0..100）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/mermaid.py"/>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>Emotions</source>
        <translation>情緒</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/canvas/compare.py"/>
        <source>Emotions at the snapshot</source>
        <translation>快照時的情緒</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/canvas/compare.py"/>
        <source>Emotions on the source map</source>
        <translation>來源旅程圖上的情緒</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>end</source>
        <translation>結束</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Enter / Delete in Suggested Gaps</source>
        <translation>在「建議的缺口」中按 Enter / Delete</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/capture.py"/>
        <source>Enter adds · Esc closes</source>
        <translation>Enter 新增 · Esc 關閉</translation>
    </message>
    <message>
        <source>Enter in the emotion band</source>
        <translation>在情緒帶中按 Enter</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/canvas/scene.py"/>
        <source>Enter renames, Alt+Left/Right moves, Delete deletes, Down goes back to the cards</source>
        <translation>Enter 重新命名，Alt+左/右 移動，Delete 刪除，下 回到卡片</translation>
    </message>
    <message>
        <source>Enter, Backspace while a round is open</source>
        <translation>回合進行中按 Enter、Backspace</translation>
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
        <translation>所有旅程圖</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Every map of the project</source>
        <translation>專案中的所有旅程圖</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <source>Evidence</source>
        <translation>證據</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>證據</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <source>Evidence file</source>
        <translation>證據檔案</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/tabular_io.py"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 活頁簿 (*.xlsx)</translation>
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
        <translation>應為「任務名稱: 分數: 參與者, 參與者」、「section …」或「title …」</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Export &amp;JSON…</source>
        <translation>匯出 JSON(&amp;J)…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <source>Export &amp;Mermaid…</source>
        <translation>匯出 Mermaid(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Export &amp;PDF…</source>
        <translation>匯出 PDF(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Export &amp;XLSX…</source>
        <translation>匯出 XLSX(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Export CS&amp;V…</source>
        <translation>匯出 CSV(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/tabular_io.py"/>
        <source>Export CSV</source>
        <translation>匯出 CSV</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <location filename="../../src/journeyeditor/ui/tabular_io.py"/>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>Export failed</source>
        <translation>匯出失敗</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Export JSON</source>
        <translation>匯出 JSON</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <source>Export Mermaid</source>
        <translation>匯出 Mermaid</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Export P&amp;NG…</source>
        <translation>匯出 PNG(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Export PDF</source>
        <translation>匯出 PDF</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Export PDF — {0} sheets</source>
        <translation>匯出 PDF — {0} 張紙</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Export PDF…</source>
        <translation>匯出 PDF…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <location filename="../../src/journeyeditor/ui/png_dialog.py"/>
        <source>Export PNG</source>
        <translation>匯出 PNG</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Export PNG…</source>
        <translation>匯出 PNG…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>Export Results</source>
        <translation>匯出結果</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <source>Export S&amp;VG…</source>
        <translation>匯出 SVG(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <source>Export SVG</source>
        <translation>匯出 SVG</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/tabular_io.py"/>
        <source>Export XLSX</source>
        <translation>匯出 XLSX</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Exporting PDF…</source>
        <translation>正在匯出 PDF…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>F&amp;ollow Link</source>
        <translation>前往連結(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>F&amp;ull Screen</source>
        <translation>全螢幕(&amp;U)</translation>
    </message>
    <message>
        <source>F1 or ?</source>
        <translation>F1 或 ?</translation>
    </message>
    <message>
        <source>F2 or Enter on a stage, step or lane header</source>
        <translation>在階段、步驟或泳道標題上按 F2 或 Enter</translation>
    </message>
    <message>
        <source>F2 or Enter on an emotion face</source>
        <translation>在情緒表情上按 F2 或 Enter</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/layout/style.py"/>
        <source>Fail point</source>
        <translation>失敗點</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>fail point</source>
        <translation>失敗點</translation>
    </message>
    <message>
        <source>Fill-ins</source>
        <translation>填空任務</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Find cards (Ctrl+F)</source>
        <translation>尋找卡片（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Fit</source>
        <translation>符合</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>fit</source>
        <translation>符合頁面</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Fit the map (one page)</source>
        <translation>符合旅程圖（單頁）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Fit to Window</source>
        <translation>符合視窗</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>For</source>
        <translation>對象</translation>
    </message>
    <message>
        <source>from card</source>
        <translation>起點卡片</translation>
    </message>
    <message>
        <source>Frontstage</source>
        <translation>前台</translation>
    </message>
    <message>
        <source>Frontstage actions</source>
        <translation>前台行為</translation>
    </message>
    <message>
        <source>Future state</source>
        <translation>未來狀態</translation>
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
        <translation>缺口類型</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>缺口</translation>
    </message>
    <message>
        <source>Go to the neighbouring card, or cell when it is empty</source>
        <translation>移到相鄰的卡片，若為空則移到相鄰儲存格</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presenter.py"/>
        <source>Goal</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>目標</translation>
    </message>
    <message>
        <source>goals</source>
        <translation>目標</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Heatmap</source>
        <translation>熱度圖</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/heatmap_menu.py"/>
        <source>Heatmap: {0}</source>
        <translation>熱度圖：{0}</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>高度</translation>
    </message>
    <message>
        <source>hidden lines</source>
        <translation>隱藏的線</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Hide persona</source>
        <translation>隱藏人物誌</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>Higher is better</source>
        <translation>越高越好</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>History</source>
        <translation>歷程記錄</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/import_dialog.py"/>
        <source>Holds</source>
        <translation>內容</translation>
    </message>
    <message>
        <source>Home / End</source>
        <translation>Home / End</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <source>https://… or a file</source>
        <translation>https://… 或檔案</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>點子</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>圖片</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/panels.py"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>圖片 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>影響</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>impact</source>
        <translation>影響</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/canvas/scene.py"/>
        <source>Impact {0}, effort {1}</source>
        <translation>影響 {0}，投入 {1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/priority_matrix.py"/>
        <source>impact {0}, effort {1}</source>
        <translation>影響 {0}，投入 {1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/priority_matrix.py"/>
        <source>Impact →</source>
        <translation>影響 →</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/import_dialog.py"/>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <location filename="../../src/journeyeditor/ui/tabular_io.py"/>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <source>Import Mermaid Journey</source>
        <translation>匯入 Mermaid 旅程</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <source>Import Mermaid journey</source>
        <translation>匯入 Mermaid 旅程</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/tabular_io.py"/>
        <source>Import {0}</source>
        <translation>匯入 {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <source>Import {0} Mermaid journeys</source>
        <translation>匯入 {0} 個 Mermaid 旅程</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>Imported map</source>
        <translation>匯入的地圖</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/tabular_io.py"/>
        <source>Imported {0}</source>
        <translation>已匯入 {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <source>Imported {0} maps from {1}</source>
        <translation>已從 {1} 匯入 {0} 張旅程圖</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <source>Imported “{0}” from {1}</source>
        <translation>已從 {1} 匯入「{0}」</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>In lanes</source>
        <translation>所在泳道</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>臨櫃</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>進行中</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <source>In their words (optional)</source>
        <translation>用他們自己的話（選填）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Inspector</source>
        <translation>屬性</translation>
    </message>
    <message>
        <source>interview</source>
        <translation>訪談</translation>
    </message>
    <message>
        <source>interview, observation, quote…</source>
        <translation>訪談、觀察、引言…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/store.py"/>
        <source>it carries Journey Editor's signature but not its tables ({0})</source>
        <translation>它帶有 Journey Editor 的標識，但沒有對應的資料表（{0}）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>it has card details but no card title or text</source>
        <translation>此列有卡片細節，但沒有卡片標題或內文</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>它是資料夾</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/templates.py"/>
        <source>Journey map</source>
        <translation>旅程圖</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Journey projects (*.journey)</source>
        <translation>旅程專案 (*.journey)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Journey projects (*.journey);;All files (*)</source>
        <translation>旅程專案 (*.journey);;所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/app.py"/>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>journeyeditor: error: {0}</source>
        <translation>journeyeditor：錯誤：{0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>journeyeditor: skipped {0}</source>
        <translation>journeyeditor：已略過 {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>journeyeditor: {0}</source>
        <translation>journeyeditor：{0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <source>Keep Mermaid's scale on the new maps ({0})</source>
        <translation>新旅程圖保留 Mermaid 的刻度（{0}）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/shortcuts.py"/>
        <source>Keyboard shortcuts</source>
        <translation>鍵盤快速鍵</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/shortcuts.py"/>
        <source>Keys</source>
        <translation>按鍵</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <location filename="../../src/journeyeditor/ui/gaps.py"/>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>種類</translation>
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
        <translation>標籤</translation>
    </message>
    <message>
        <source>label</source>
        <translation>標註</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Label:</source>
        <translation>標籤：</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Landscape</source>
        <translation>橫向</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>landscape</source>
        <translation>橫向</translation>
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
        <translation>泳道類型</translation>
    </message>
    <message>
        <source>Lane kind</source>
        <translation>泳道類型</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>lane kind</source>
        <translation>泳道類型</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/preferences.py"/>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>離開</translation>
    </message>
    <message>
        <source>Leave the presentation</source>
        <translation>離開簡報</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Left</source>
        <translation>左</translation>
    </message>
    <message>
        <source>Left / Right on an emotion face</source>
        <translation>在情緒表情上按 左 / 右</translation>
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
        <translation>時長：</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Letter sheets</source>
        <translation>Letter 紙張</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/library_ui.py"/>
        <source>Library</source>
        <translation>資料庫</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Library password</source>
        <translation>資料庫密碼</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>library {0}: {1} failed ({2})</source>
        <translation>資料庫 {0}：{1}失敗（{2}）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/panels.py"/>
        <source>Line colour</source>
        <translation>曲線顏色</translation>
    </message>
    <message>
        <source>Line of interaction</source>
        <translation>互動分界線</translation>
    </message>
    <message>
        <source>Line of internal interaction</source>
        <translation>內部互動分界線</translation>
    </message>
    <message>
        <source>Line of visibility</source>
        <translation>可見分界線</translation>
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
        <translation>連結</translation>
    </message>
    <message>
        <source>linked map</source>
        <translation>連結的旅程圖</translation>
    </message>
    <message>
        <source>Links to map</source>
        <translation>連結到旅程圖</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/library_ui.py"/>
        <source>List Projects</source>
        <translation>列出專案</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>listing the projects</source>
        <translation>列出專案</translation>
    </message>
    <message>
        <source>log</source>
        <translation>日誌</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Main</source>
        <translation>主工具列</translation>
    </message>
    <message>
        <source>Major projects</source>
        <translation>重大專案</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>making the catalogue</source>
        <translation>建立目錄</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>旅程圖</translation>
    </message>
    <message>
        <source>map</source>
        <translation>旅程圖</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/import_dialog.py"/>
        <source>Map name:</source>
        <translation>地圖名稱：</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>Map of “{0}”:</source>
        <translation>「{0}」中的旅程圖：</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/reports/comments.py"/>
        <source>Map: {0}</source>
        <translation>旅程圖：{0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Maps</source>
        <translation>旅程圖</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Match {0} of {1}</source>
        <translation>第 {0} 個符合項目，共 {1} 個</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/shortcuts.py"/>
        <source>Menu</source>
        <translation>選單</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <source>Mermaid (*.mmd);;Markdown (*.md)</source>
        <translation>Mermaid (*.mmd);;Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/mermaid.py"/>
        <source>Mermaid does not allow ';' in a journey</source>
        <translation>Mermaid 旅程中不允許出現「;」</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <source>Mermaid journeys (*.mmd *.mermaid *.md *.markdown);;All files (*)</source>
        <translation>Mermaid 旅程 (*.mmd *.mermaid *.md *.markdown);;所有檔案 (*)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <source>Mermaid scores tasks from 1 (sad) to 5 (happy).</source>
        <translation>Mermaid 為任務評分，從 1（難過）到 5（開心）。</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>指標</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>metric</source>
        <translation>指標</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/inspector.py"/>
        <source>Metrics</source>
        <translation>指標</translation>
    </message>
    <message>
        <source>Micro</source>
        <translation>微時刻</translation>
    </message>
    <message>
        <source>Micro-moment</source>
        <translation>微時刻</translation>
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
        <translation>分鐘</translation>
    </message>
    <message>
        <source>Mobile app</source>
        <translation>行動應用程式</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/timer.py"/>
        <source>Mode:</source>
        <translation>模式：</translation>
    </message>
    <message>
        <source>Moment</source>
        <translation>時刻</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>moment</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Moment of truth</source>
        <translation>關鍵時刻</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/layout/style.py"/>
        <source>Moments</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>上午</translation>
    </message>
    <message>
        <source>Move between the panels and the canvas</source>
        <translation>在各面板與畫布之間移動</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Move Left</source>
        <translation>左移</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Move One Cell</source>
        <translation>移動一格</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Move Right</source>
        <translation>右移</translation>
    </message>
    <message>
        <source>Move the selected cards one cell</source>
        <translation>將所選卡片移動一格</translation>
    </message>
    <message>
        <source>Move the stage, or the step inside its stage</source>
        <translation>移動階段，或在階段內移動步驟</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Move {0} cards</source>
        <translation>移動 {0} 張卡片</translation>
    </message>
    <message>
        <source>moved card {0}</source>
        <translation>移動卡片 {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <location filename="../../src/journeyeditor/ui/panels.py"/>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Name of the snapshot (e.g. Q3 review):</source>
        <translation>快照名稱（例如 Q3 檢討）：</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/library_ui.py"/>
        <source>Name the database and the project</source>
        <translation>請填寫資料庫和專案名稱</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>named</source>
        <translation>已命名</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>Ne&amp;xt Participant</source>
        <translation>下一位參與者(&amp;X)</translation>
    </message>
    <message>
        <source>NEW</source>
        <translation>新增</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/window.py"/>
        <source>New &amp;Voting Round…</source>
        <translation>新增投票回合(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>New lane</source>
        <translation>新泳道</translation>
    </message>
    <message>
        <source>New line while editing a card</source>
        <translation>編輯卡片時換行</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/gallery.py"/>
        <location filename="../../src/journeyeditor/ui/panels.py"/>
        <source>New map</source>
        <translation>新旅程圖</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/panels.py"/>
        <source>New persona</source>
        <translation>新人物誌</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>New project</source>
        <translation>新專案</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/start_page.py"/>
        <source>New Project…</source>
        <translation>新增專案…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>New stage</source>
        <translation>新階段</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>New Voting Round</source>
        <translation>新增投票回合</translation>
    </message>
    <message>
        <source>Next / previous stage</source>
        <translation>下一個 / 上一個階段</translation>
    </message>
    <message>
        <source>Next slide</source>
        <translation>下一張投影片</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presenter.py"/>
        <source>Next: {0}</source>
        <translation>下一張：{0}</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>夜晚</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/mermaid.py"/>
        <source>No actor</source>
        <translation>無參與者</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>No card on this map is of these types in these lanes yet.</source>
        <translation>此旅程圖上這些泳道中還沒有這些類型的卡片。</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>no command given (try --help)</source>
        <translation>未指定指令（試試 --help）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf_comments.py"/>
        <source>No comments.</source>
        <translation>沒有留言。</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <source>No Date</source>
        <translation>無日期</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/date_field.py"/>
        <source>No date</source>
        <translation>無日期</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/app.py"/>
        <source>no display to show the editor on (neither DISPLAY nor WAYLAND_DISPLAY is set); without one use the commands new, info, import and export (journeyeditor --help)</source>
        <translation>沒有可顯示編輯器的顯示器（DISPLAY 與 WAYLAND_DISPLAY 皆未設定）；沒有顯示器時請使用 new、info、import 和 export 指令（journeyeditor --help）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <source>No evidence yet: this card is a claim nothing backs.</source>
        <translation>尚無證據：這張卡片是一個沒有任何依據的論斷。</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/library_ui.py"/>
        <source>No keyring</source>
        <translation>沒有金鑰圈</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/priority_matrix.py"/>
        <source>No map</source>
        <translation>無旅程圖</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>no map named {0!r} (maps: {1})</source>
        <translation>沒有名為 {0!r} 的旅程圖（現有：{1}）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>No map named {0}</source>
        <translation>沒有名為 {0} 的旅程圖</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/mermaid.py"/>
        <source>no Mermaid journey here ({0} other Mermaid diagrams passed over)</source>
        <translation>這裡沒有 Mermaid 旅程（已略過 {0} 張其他 Mermaid 圖）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/mermaid.py"/>
        <source>no Mermaid journey here: a journey starts with the line 'journey'</source>
        <translation>這裡沒有 Mermaid 旅程：旅程以「journey」這一行開頭</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/mermaid.py"/>
        <source>no Mermaid journey here: none of its mermaid blocks holds one</source>
        <translation>這裡沒有 Mermaid 旅程：其中的 mermaid 區塊都不是旅程</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/gaps.py"/>
        <source>No more suggestions: every change of channel, device or owner between neighbouring steps has its gap or was dismissed.</source>
        <translation>沒有更多建議：相鄰步驟之間每一次通路、裝置或負責人的變化都已有缺口或已被忽略。</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/priority_matrix.py"/>
        <source>no owner</source>
        <translation>無負責人</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>no period</source>
        <translation>無期間</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/panels.py"/>
        <source>No photo</source>
        <translation>無相片</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/start_page.py"/>
        <source>No project open</source>
        <translation>沒有開啟的專案</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>no sheet named {0!r}</source>
        <translation>沒有名為 {0!r} 的工作表</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>No snapshot taken by “{0}” (dates are 2026-05-31 or 6 months ago)</source>
        <translation>「{0}」之前沒有快照（日期寫作 2026-05-31 或 6 months ago）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>no stage (and no row above names one)</source>
        <translation>沒有階段（上方各列也沒有）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>No such participant in this round</source>
        <translation>本回合沒有這位參與者</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/library_ui.py"/>
        <source>No system keyring is available here, so the password is not kept: it is asked for each time.</source>
        <translation>此處沒有可用的系統金鑰圈，因此不會儲存密碼：每次都會詢問。</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>No tiling</source>
        <translation>不分拼</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presenter.py"/>
        <source>No votes yet</source>
        <translation>還沒有投票</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf_votes.py"/>
        <source>No votes yet.</source>
        <translation>尚無投票。</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presenter.py"/>
        <source>No voting round on this map yet</source>
        <translation>此旅程圖還沒有投票回合</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>No voting rounds on this map</source>
        <translation>此旅程圖上沒有投票回合</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>未評分</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/priority_matrix.py"/>
        <source>not rated</source>
        <translation>未評分</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/priority_matrix.py"/>
        <source>Not rated ({0})</source>
        <translation>未評分（{0}）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/priority_matrix.py"/>
        <source>Not rated: drag here to clear</source>
        <translation>未評分：拖曳到此處以清除評分</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/mermaid.py"/>
        <source>not UTF-8 text (byte {0})</source>
        <translation>不是 UTF-8 文字（第 {0} 位元組）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/gaps.py"/>
        <source>Note</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presenter.py"/>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <source>Nothing on this computer opens {0}</source>
        <translation>這台電腦上沒有可以開啟 {0} 的程式</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/inspector.py"/>
        <source>Nothing selected</source>
        <translation>未選取任何項目</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>Now</source>
        <translation>現在</translation>
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
        <translation>步驟數：</translation>
    </message>
    <message>
        <source>observation</source>
        <translation>觀察</translation>
    </message>
    <message>
        <source>Of truth</source>
        <translation>關鍵</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>關閉</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf_comments.py"/>
        <source>On</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/library_ui.py"/>
        <source>On this map: {0}</source>
        <translation>在此圖上：{0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>One page per map</source>
        <translation>每張旅程圖一頁</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf_comments.py"/>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <source>Open</source>
        <translation>開啟</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Open &amp;Recent</source>
        <translation>最近開啟(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/start_page.py"/>
        <source>Open a project, start a new one, or pick a recent one.</source>
        <translation>開啟專案、新增專案，或選擇最近的專案。</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Open from &amp;Library…</source>
        <translation>從資料庫開啟(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/library_ui.py"/>
        <source>Open from Library</source>
        <translation>從資料庫開啟</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Open it read-only?</source>
        <translation>以唯讀方式開啟？</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Open project</source>
        <translation>開啟專案</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>Open Read-Only</source>
        <translation>唯讀開啟</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Open Snapshot</source>
        <translation>開啟快照</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Open the &amp;Sample Project</source>
        <translation>開啟範例專案(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <source>Open the item's link</source>
        <translation>開啟該項目的連結</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/start_page.py"/>
        <source>Open the Sample Project</source>
        <translation>開啟範例專案</translation>
    </message>
    <message>
        <source>Open threads</source>
        <translation>未解決的討論串</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <location filename="../../src/journeyeditor/persistence/store.py"/>
        <source>opened read-only</source>
        <translation>以唯讀方式開啟</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>opening {0!r}</source>
        <translation>開啟 {0!r}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/start_page.py"/>
        <source>Open…</source>
        <translation>開啟…</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>機會</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Opportunities by &amp;Owner…</source>
        <translation>依負責人列出機會(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/owners_report.py"/>
        <source>Opportunities by Owner</source>
        <translation>依負責人列出機會</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/owners_report.py"/>
        <source>Opportunities by owner</source>
        <translation>依負責人列出機會</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/owners_report.py"/>
        <source>opportunities by owner</source>
        <translation>依負責人列出機會</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>機會</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>下單</translation>
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
        <translation>重疊</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>overlap widened from {0} to {1} mm so that every sheet is at least a third used</source>
        <translation>重疊從 {0} mm 加寬到 {1} mm，使每張紙至少用到三分之一</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presenter.py"/>
        <source>Overview</source>
        <translation>總覽</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>負責人</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/canvas/scene.py"/>
        <source>Owner: {0}</source>
        <translation>負責人：{0}</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>負責人</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Page</source>
        <translation>頁面</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf_pages.py"/>
        <source>page {0} of {1}</source>
        <translation>第 {0} 頁，共 {1} 頁</translation>
    </message>
    <message>
        <source>Pain point</source>
        <translation>痛點</translation>
    </message>
    <message>
        <source>Pain Points</source>
        <translation>痛點</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>痛點</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>平移</translation>
    </message>
    <message>
        <source>Parking lot</source>
        <translation>待議區</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>Participant {0}</source>
        <translation>參與者 {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>Participants</source>
        <translation>參與者</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/library_ui.py"/>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Password:</source>
        <translation>密碼：</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Paste card</source>
        <translation>貼上卡片</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Paste Here</source>
        <translation>貼到這裡</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Paste {0} cards</source>
        <translation>貼上 {0} 張卡片</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>PDF export is not available in this build.</source>
        <translation>此版本不支援匯出 PDF。</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>權限不足</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/inspector.py"/>
        <location filename="../../src/journeyeditor/ui/panels.py"/>
        <source>Persona</source>
        <translation>人物誌</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>persona</source>
        <translation>人物誌</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Persona &amp;Sheet</source>
        <translation>人物誌卡(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/panels.py"/>
        <source>Persona colour</source>
        <translation>人物誌顏色</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Persona sheet (photo, role, quote, goals …) under the legend</source>
        <translation>圖例下方的人物誌卡（相片、角色、引言、目標…）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/layout/persona_sheet.py"/>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Personas</source>
        <translation>人物誌</translation>
    </message>
    <message>
        <source>personas shown</source>
        <translation>顯示的人物誌</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/panels.py"/>
        <source>Photo</source>
        <translation>相片</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Physical evidence</source>
        <translation>實體證據</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/start_page.py"/>
        <source>Pick a template to add the first map. Maps can be added later from the Map menu or the Maps panel.</source>
        <translation>選擇一個範本來新增第一張旅程圖。之後也可以從「旅程圖」選單或「旅程圖」面板新增。</translation>
    </message>
    <message>
        <source>Place the active participant's dot</source>
        <translation>放置目前參與者的圓點</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>已規劃</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/library_ui.py"/>
        <source>Port:</source>
        <translation>連接埠：</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Portrait</source>
        <translation>直向</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>portrait</source>
        <translation>直向</translation>
    </message>
    <message>
        <source>position</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Postal mail</source>
        <translation>郵寄</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>poster at {0} of the size asked so that every sheet is at least a third used</source>
        <translation>海報縮放為要求尺寸的 {0}，使每張紙至少用到三分之一</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Pr&amp;eferences…</source>
        <translation>偏好設定(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/preferences.py"/>
        <source>Preferences</source>
        <translation>偏好設定</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/shortcuts.py"/>
        <source>Presentation</source>
        <translation>簡報</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presentation.py"/>
        <source>Presentation keys</source>
        <translation>簡報快速鍵</translation>
    </message>
    <message>
        <source>Previous slide</source>
        <translation>上一張投影片</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/png_dialog.py"/>
        <source>Print resolution (DPI)</source>
        <translation>列印解析度（DPI）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Priority Matrix</source>
        <translation>優先順序矩陣</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/priority_matrix.py"/>
        <location filename="../../src/journeyeditor/ui/shortcuts.py"/>
        <source>Priority matrix</source>
        <translation>優先順序矩陣</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Project in use</source>
        <translation>專案使用中</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/library_ui.py"/>
        <source>Project:</source>
        <translation>專案：</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library_copy.py"/>
        <source>published {0} as {1!r} in {2}</source>
        <translation>已將 {0} 以 {1!r} 發佈到 {2}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library_copy.py"/>
        <source>published {0} changes of {1} to {2}</source>
        <translation>已將 {1} 的 {0} 處變更發佈到 {2}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>publishing {0!r}</source>
        <translation>發佈 {0!r}</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>購買</translation>
    </message>
    <message>
        <source>Quick capture: a card in the spotlit stage (Enter adds, Esc closes); a word that begins with B, C, R or T needs C first</source>
        <translation>快速記錄：在目前聚焦的階段中新增卡片（Enter 新增，Esc 關閉）；以 B、C、R 或 T 開頭的字詞需要先按 C</translation>
    </message>
    <message>
        <source>Quick wins</source>
        <translation>快速見效</translation>
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
        <translation>評估機會</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/comments.py"/>
        <source>Re&amp;open</source>
        <translation>重新開啟(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/comments.py"/>
        <source>Re&amp;solve</source>
        <translation>解決(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Read-only: {0}</source>
        <translation>唯讀：{0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>reading {0!r}</source>
        <translation>讀取 {0!r}</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>取貨</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/start_page.py"/>
        <source>Recent projects:</source>
        <translation>最近的專案：</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/library_ui.py"/>
        <source>Remember the password in the system keyring</source>
        <translation>將密碼儲存在系統金鑰圈中</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Remove persona photo</source>
        <translation>移除人物誌相片</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/panels.py"/>
        <source>Remove Photo</source>
        <translation>移除相片</translation>
    </message>
    <message>
        <source>removed card {0}</source>
        <translation>刪除卡片 {0}</translation>
    </message>
    <message>
        <source>removed connector {0}</source>
        <translation>刪除連線 {0}</translation>
    </message>
    <message>
        <source>removed lane {0}</source>
        <translation>刪除泳道 {0}</translation>
    </message>
    <message>
        <source>removed map {0}</source>
        <translation>刪除旅程圖 {0}</translation>
    </message>
    <message>
        <source>removed metric {0}</source>
        <translation>刪除指標 {0}</translation>
    </message>
    <message>
        <source>removed persona {0}</source>
        <translation>刪除人物誌 {0}</translation>
    </message>
    <message>
        <source>removed stage {0}</source>
        <translation>刪除階段 {0}</translation>
    </message>
    <message>
        <source>removed step {0}</source>
        <translation>刪除步驟 {0}</translation>
    </message>
    <message>
        <source>Rename it (double-click does too)</source>
        <translation>重新命名（連按兩下也可以）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Rename Lane</source>
        <translation>重新命名泳道</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Rename Stage</source>
        <translation>重新命名階段</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Rename Step</source>
        <translation>重新命名步驟</translation>
    </message>
    <message>
        <source>renamed lane {0}</source>
        <translation>重新命名泳道 {0}</translation>
    </message>
    <message>
        <source>renamed map {0}</source>
        <translation>重新命名旅程圖 {0}</translation>
    </message>
    <message>
        <source>renamed persona {0}</source>
        <translation>重新命名人物誌 {0}</translation>
    </message>
    <message>
        <source>renamed stage {0}</source>
        <translation>重新命名階段 {0}</translation>
    </message>
    <message>
        <source>renamed step {0}</source>
        <translation>重新命名步驟 {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Reopen comment</source>
        <translation>重新開啟留言</translation>
    </message>
    <message>
        <source>Reorder it; drag its right (or bottom) edge to resize</source>
        <translation>重新排序；拖曳右緣（或下緣）可調整大小</translation>
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
        <translation>回覆</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Report pages</source>
        <translation>報告頁</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <source>Rescale the scores to this map's scale ({0})</source>
        <translation>將分數換算到此旅程圖的刻度（{0}）</translation>
    </message>
    <message>
        <source>Reset the timer (again: hide it)</source>
        <translation>重設計時器（再按一次：隱藏）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/canvas/scene.py"/>
        <source>Resize stage</source>
        <translation>調整階段大小</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Resize {0}</source>
        <translation>調整{0}大小</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Resolve comment</source>
        <translation>解決留言</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf_comments.py"/>
        <source>Resolved</source>
        <translation>已解決</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/comments.py"/>
        <source>resolved</source>
        <translation>已解決</translation>
    </message>
    <message>
        <source>Resolved threads</source>
        <translation>已解決的討論串</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/comments.py"/>
        <source>Resolved: shown under Resolved and All</source>
        <translation>已解決：顯示於「已解決」與「全部」下</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>Restore Project</source>
        <translation>還原專案</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>Restore Project…</source>
        <translation>還原專案…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>Restore the whole project as it was at “{0}”? The present state is kept as a snapshot first, and Edit ▸ Undo takes the restore back.</source>
        <translation>要將整個專案還原到「{0}」時的狀態嗎？目前的狀態會先存成快照，使用「編輯 ▸ 復原」可以撤回這次還原。</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/history/restore.py"/>
        <source>Restore {0}</source>
        <translation>還原 {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Restyle {0}</source>
        <translation>變更{0}樣式</translation>
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
        <translation>右、下、Page Down、空白鍵、Enter、點按</translation>
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
        <translation>第 {0} 回合</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tables.py"/>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>row {0}: {1}</source>
        <translation>第 {0} 列：{1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/import_dialog.py"/>
        <source>Rows that cannot be imported: {0}

{1}

Import without them?</source>
        <translation>以下各列無法匯入：{0}

{1}

略過這些列繼續匯入？</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>rows that cannot be imported: {0} (add --skip-bad-rows to import without them): {1}</source>
        <translation>以下各列無法匯入：{0}（加上 --skip-bad-rows 可略過它們匯入）：{1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Save &amp;As / Duplicate…</source>
        <translation>另存新檔 / 製作複本(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Save a copy as</source>
        <translation>將複本另存為</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Save a copy of the whole project somewhere else (another disk or folder) before closing?</source>
        <translation>關閉前要把整個專案的複本儲存到別處（另一個磁碟或資料夾）嗎？</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Save a Copy…</source>
        <translation>儲存複本…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/owners_report.py"/>
        <source>Save as &amp;CSV…</source>
        <translation>另存為 CSV(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/owners_report.py"/>
        <source>Save as &amp;PDF…</source>
        <translation>另存為 PDF(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Save S&amp;napshot…</source>
        <translation>儲存快照(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Save Snapshot</source>
        <translation>儲存快照</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/owners_report.py"/>
        <source>Save the report</source>
        <translation>儲存報告</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/library_ui.py"/>
        <source>Save Unsent Changes to a File…</source>
        <translation>將未傳送的變更儲存到檔案…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Saved {0}</source>
        <translation>已儲存 {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>say --format {0} (the output's suffix does not tell)</source>
        <translation>請指定 --format {0}（從輸出檔案的副檔名無法判斷）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <source>Say what backs the card: a method, a source, a link or a quote</source>
        <translation>說明支撐這張卡片的依據：方法、來源、連結或引言</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>say where the maps go: -o NEW_FILE, or --into EXISTING_FILE</source>
        <translation>請說明地圖放到哪裡：-o 新檔案，或 --into 既有檔案</translation>
    </message>
    <message>
        <source>Scale from</source>
        <translation>刻度起點</translation>
    </message>
    <message>
        <source>scale from</source>
        <translation>刻度起點</translation>
    </message>
    <message>
        <source>Scale to</source>
        <translation>刻度終點</translation>
    </message>
    <message>
        <source>scale to</source>
        <translation>刻度終點</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>情境</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>情境</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Score</source>
        <translation>分數</translation>
    </message>
    <message>
        <source>score</source>
        <translation>分數</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Select &amp;All</source>
        <translation>全選(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting.py"/>
        <source>Select a card first (arrow keys), or click one</source>
        <translation>請先選擇一張卡片（方向鍵），或點選一張</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Select a card or a cell first: the gap goes after its step</source>
        <translation>請先選取一張卡片或一個儲存格：缺口將加在其步驟之後</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Select a card, press Ctrl+K, then go to the target card and press Enter; or select several cards to connect them in turn</source>
        <translation>選取一張卡片，按 Ctrl+K，再移到目標卡片並按 Enter；或選取多張卡片依序連接</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Select a stage, step or card to add a metric to</source>
        <translation>請選取要新增指標的階段、步驟或卡片</translation>
    </message>
    <message>
        <source>Select the step's header, then the stage's (Left/Right walk them)</source>
        <translation>選取步驟標題，再選取階段標題（左/右 在其間移動）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/library_ui.py"/>
        <source>Server:</source>
        <translation>伺服器：</translation>
    </message>
    <message>
        <source>Service blueprint</source>
        <translation>服務藍圖</translation>
    </message>
    <message>
        <source>Set due date</source>
        <translation>設定截止日期</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Set emotion</source>
        <translation>設定情緒</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/canvas/scene.py"/>
        <source>Set emotions</source>
        <translation>設定情緒</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Set persona photo</source>
        <translation>設定人物誌相片</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>設定狀態</translation>
    </message>
    <message>
        <source>Set the timer: minutes, countdown or stopwatch</source>
        <translation>設定計時器：分鐘數、倒數計時或碼錶</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>Set up a round with New Round…: who votes, how many dots each, on which cards.</source>
        <translation>用「新增回合…」設定一個回合：誰投票、每人幾個圓點、投給哪些卡片。</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Several maps</source>
        <translation>多張旅程圖</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>sheet {0} is only {1} used: no poster size from {2} to {3} of the one asked, nor an overlap up to {4} mm, uses every sheet to a third</source>
        <translation>第 {0} 張紙只用了 {1}：在要求尺寸的 {2} 到 {3} 之間的海報尺寸，或最多 {4} mm 的重疊，都無法讓每張紙至少用到三分之一</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/import_dialog.py"/>
        <source>Sheets (each checked one becomes a map):</source>
        <translation>工作表（每個勾選的工作表成為一張地圖）：</translation>
    </message>
    <message>
        <source>Shift+Arrow keys</source>
        <translation>Shift+方向鍵</translation>
    </message>
    <message>
        <source>Shift+click or right-click a card while a round is open</source>
        <translation>回合進行中 Shift+點選或右鍵點選卡片</translation>
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
        <translation>情緒變化 {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/owners_report.py"/>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <location filename="../../src/journeyeditor/workshop/comments.py"/>
        <source>Show</source>
        <translation>顯示</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/window.py"/>
        <source>Show &amp;Votes</source>
        <translation>顯示投票(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Show in Folder</source>
        <translation>在資料夾中顯示</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Show persona</source>
        <translation>顯示人物誌</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/panels.py"/>
        <source>Show this persona on this map: its legend entry, emotion line and sheet</source>
        <translation>在此旅程圖上顯示該人物誌：圖例項目、情緒曲線與人物誌卡</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>Since when? Choose, or type a date (2026-05-31) or a snapshot's name:</source>
        <translation>從何時起？請選擇，或輸入日期（2026-05-31）或快照名稱：</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>Since…</source>
        <translation>自…起</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/png_dialog.py"/>
        <source>Size of the image:</source>
        <translation>圖片大小：</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Size the page from the card text:</source>
        <translation>依卡片文字決定頁面大小：</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presenter.py"/>
        <source>Slide {0} of {1}: {2}</source>
        <translation>第 {0} 張投影片，共 {1} 張：{2}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Snapshot “{0}” saved</source>
        <translation>已儲存快照「{0}」</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>Snapshots</source>
        <translation>快照</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>社群媒體</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/library_sync.py"/>
        <source>someone</source>
        <translation>某人</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Someone else changed what “{0}” changed: it can no longer be undone</source>
        <translation>其他人變更了「{0}」所改動的內容：它已無法復原</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>Someone else changed {0} “{1}”{2} meanwhile: your step was not applied and theirs is shown</source>
        <translation>在此期間其他人變更了{0}「{1}」{2}：您的這一步未被套用，現在顯示的是對方的版本</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>Someone else removed {0} “{1}” meanwhile: your step was not applied</source>
        <translation>在此期間其他人刪除了{0}「{1}」：您的操作未被套用</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/canvas/metrics.py"/>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>Source: {0}</source>
        <translation>來源：{0}</translation>
    </message>
    <message>
        <source>Space+drag, middle button</source>
        <translation>空白鍵+拖曳，滑鼠中鍵</translation>
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
        <translation>橫跨步驟數</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Split into Steps</source>
        <translation>拆分為步驟</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Split into Steps…</source>
        <translation>拆分為步驟…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Split stage into {0} steps</source>
        <translation>將階段拆分為 {0} 個步驟</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/tabular_io.py"/>
        <source>Spreadsheets, Mermaid journeys and projects ({0})</source>
        <translation>試算表、Mermaid 旅程與專案 ({0})</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/inspector.py"/>
        <source>Stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>stage</source>
        <translation>階段</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf_votes.py"/>
        <source>Stage / step</source>
        <translation>階段 / 步驟</translation>
    </message>
    <message>
        <source>Stage 1</source>
        <translation>階段 1</translation>
    </message>
    <message>
        <source>Stage 2</source>
        <translation>階段 2</translation>
    </message>
    <message>
        <source>Stage 3</source>
        <translation>階段 3</translation>
    </message>
    <message>
        <source>Stage 4</source>
        <translation>階段 4</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Stage and step metrics show in a lane of kind Metrics: add one to see them on the map</source>
        <translation>階段與步驟的指標顯示在「指標」類型的泳道中：新增一條此類泳道即可在旅程圖上看到它們</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>Stage “{0}”</source>
        <translation>階段「{0}」</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/reports/comments.py"/>
        <source>Stage: {0}</source>
        <translation>階段：{0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>start</source>
        <translation>開始</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/start_page.py"/>
        <source>Start a map from a template (double-click or Enter):</source>
        <translation>從範本開始一張旅程圖（連按兩下或按 Enter）：</translation>
    </message>
    <message>
        <source>Start or pause the timer</source>
        <translation>開始或暫停計時器</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>Start Voting</source>
        <translation>開始投票</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Start voting round</source>
        <translation>開始投票回合</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf_comments.py"/>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/inspector.py"/>
        <source>Step</source>
        <translation>步驟</translation>
    </message>
    <message>
        <source>step</source>
        <translation>步驟</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/canvas/scene.py"/>
        <location filename="../../src/journeyeditor/reports/comments.py"/>
        <location filename="../../src/journeyeditor/ui/inspector.py"/>
        <source>Step {0}</source>
        <translation>步驟 {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>Step “{0}” of {1}</source>
        <translation>{1} 的步驟「{0}」</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/reports/comments.py"/>
        <source>Step: {0}</source>
        <translation>步驟：{0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>Stop Comparing</source>
        <translation>停止比較</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/timer.py"/>
        <source>Stopwatch</source>
        <translation>碼錶</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>門市</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Suggest &amp;Gaps…</source>
        <translation>建議缺口(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/gaps.py"/>
        <source>Suggested Gaps</source>
        <translation>建議的缺口</translation>
    </message>
    <message>
        <source>Support processes</source>
        <translation>支援流程</translation>
    </message>
    <message>
        <source>support tickets</source>
        <translation>支援工單</translation>
    </message>
    <message>
        <source>survey</source>
        <translation>問卷調查</translation>
    </message>
    <message>
        <source>survey, analytics, logs, support tickets…</source>
        <translation>問卷調查、數據分析、日誌、支援工單…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/preferences.py"/>
        <source>System default</source>
        <translation>系統預設</translation>
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
        <translation>在旅程圖上按 Tab</translation>
    </message>
    <message>
        <source>Tabloid</source>
        <translation>Tabloid</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>標籤</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>Take back a dot of the active participant: from the selected card, else their last one (Shift+click or right-click a card does too)</source>
        <translation>收回目前參與者的一個圓點：從所選卡片收回，否則收回其最後一個（Shift+點選或右鍵點選卡片亦可）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Take back vote</source>
        <translation>撤回投票</translation>
    </message>
    <message>
        <source>Take one of their dots back</source>
        <translation>收回其一個圓點</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>Tally</source>
        <translation>計票</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/canvas/metrics.py"/>
        <source>Target {0}: met</source>
        <translation>目標 {0}：已達成</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/canvas/metrics.py"/>
        <source>Target {0}: missed</source>
        <translation>目標 {0}：未達成</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文字</translation>
    </message>
    <message>
        <source>Thankless tasks</source>
        <translation>吃力不討好</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/model/project.py"/>
        <source>that persona already has a point at that step</source>
        <translation>該人物誌在此步驟已有一個點</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>That snapshot has no maps</source>
        <translation>該快照中沒有旅程圖</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/mermaid.py"/>
        <source>the accDescr block has no closing brace</source>
        <translation>accDescr 區塊缺少結尾的右大括號</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/gaps.py"/>
        <source>The cards change channel, device or owner between these neighbouring steps. Accept a suggestion (Enter) to mark the gap on the map, or dismiss it (Delete) so it is not offered again.</source>
        <translation>在這些相鄰步驟之間，卡片的通路、裝置或負責人發生了變化。接受建議（Enter）即可在旅程圖上標出缺口，或忽略它（Delete），之後不再提示。</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/store.py"/>
        <source>the disk is full</source>
        <translation>磁碟已滿</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>磁碟為唯讀</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>磁碟配額已用完</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>the emotion {0} differs from the {1} of row {2} at the same step</source>
        <translation>情緒 {0} 與同一步驟第 {2} 列的 {1} 不同</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presenter.py"/>
        <source>The end</source>
        <translation>結束</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tables.py"/>
        <source>the file</source>
        <translation>該檔案</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/store.py"/>
        <source>the file cannot be opened</source>
        <translation>無法開啟檔案</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/store.py"/>
        <source>the file is damaged</source>
        <translation>檔案已損毀</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tables.py"/>
        <source>the file is neither UTF-8 nor UTF-16 (byte {0}): save it as "CSV UTF-8" and import it again</source>
        <translation>該檔案既不是 UTF-8 也不是 UTF-16（第 {0} 位元組）：請另存為「CSV UTF-8」後重新匯入</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/store.py"/>
        <source>the file is read-only</source>
        <translation>檔案為唯讀</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/store.py"/>
        <source>the file or its folder is read-only</source>
        <translation>檔案或其所在資料夾為唯讀</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tables.py"/>
        <source>the file says it is UTF-16 but is not: {0}</source>
        <translation>該檔案宣稱為 UTF-16，但實際不是：{0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>the heatmap is one of {0}</source>
        <translation>熱度圖必須是以下之一：{0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/png.py"/>
        <source>the image could not be encoded as PNG</source>
        <translation>無法將圖片編碼為 PNG</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/png.py"/>
        <source>The image would be {0} x {1} pixels; choose a smaller --scale</source>
        <translation>圖片將達 {0} × {1} 像素；請選擇較小的 --scale</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>the input is nested too deeply to read</source>
        <translation>輸入的巢狀層級過深，無法讀取</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/capture.py"/>
        <source>The lane the card goes in</source>
        <translation>卡片所在的泳道</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>The last changes could not be written to {0}.</source>
        <translation>最近的變更未能寫入 {0}。</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>the layout is one of {0}</source>
        <translation>版面配置必須是以下之一：{0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>the library project {0!r} has schema {1}, older than this Journey Editor's {2}</source>
        <translation>資料庫專案 {0!r} 的結構版本為 {1}，比此 Journey Editor 的 {2} 舊</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>the library project {0!r} was written by a newer Journey Editor (schema {1}, this one knows {2}); update Journey Editor to open it</source>
        <translation>資料庫專案 {0!r} 由較新的 Journey Editor 寫入（結構 {1}，此版本只認得 {2}）；請更新 Journey Editor 後再開啟</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/library_ui.py"/>
        <source>The library server cannot be reached: the map is read-only until it is back.</source>
        <translation>無法連線資料庫伺服器：在其恢復之前，此圖為唯讀。</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/library_sync.py"/>
        <source>the library server cannot be reached; your unsent changes are kept</source>
        <translation>無法連線資料庫伺服器；您未傳送的變更已保留</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/library_ui.py"/>
        <source>The library server is back; every change is sent</source>
        <translation>資料庫伺服器已恢復；所有變更均已傳送</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>the library {0} has a project named {1!r} already</source>
        <translation>資料庫 {0} 中已有名為 {1!r} 的專案</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presentation.py"/>
        <source>The map has no stage to add a card to</source>
        <translation>旅程圖中沒有可新增卡片的階段</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>名稱過長</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>the orientation is landscape or portrait</source>
        <translation>方向只能是 landscape 或 portrait</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>the output would overwrite the project file</source>
        <translation>輸出會覆寫專案檔</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>the overlap must be between {0} and {1} mm</source>
        <translation>重疊必須介於 {0} 到 {1} mm 之間</translation>
    </message>
    <message>
        <source>The overview / the last slide</source>
        <translation>總覽 / 最後一張投影片</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>The period ends before it starts</source>
        <translation>期間的結束早於開始</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>The period's {0} must be a date like 2026-04-01</source>
        <translation>期間的{0}必須是類似 2026-04-01 的日期</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/photos.py"/>
        <source>the photo could not be stored as {0}</source>
        <translation>無法將相片儲存為 {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>the poster covers only {0} of one {1} sheet: it needs no tiling</source>
        <translation>海報只佔一張 {1} 紙的 {0}：無需分拼</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>the poster fits on one {0} sheet</source>
        <translation>海報可放在一張 {0} 紙上</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>the project has no maps</source>
        <translation>專案中沒有旅程圖</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library_copy.py"/>
        <source>the project's title</source>
        <translation>專案標題</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>The project's window is closed or cannot be edited</source>
        <translation>專案視窗已關閉或無法編輯</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presenter.py"/>
        <source>The room sees a black screen (B brings the map back)</source>
        <translation>全場看到黑畫面（按 B 恢復旅程圖）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>The round whose dots the cards show</source>
        <translation>卡片上顯示其圓點的回合</translation>
    </message>
    <message>
        <source>The same persona's next face</source>
        <translation>同一人物誌的下一個表情</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>The scale's lower end must be below its upper end</source>
        <translation>刻度的下限必須小於上限</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/inspector.py"/>
        <source>The scale's lower end must be below its upper end ({0} … {1})</source>
        <translation>刻度的下限必須小於上限（{0} … {1}）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/mermaid.py"/>
        <source>the score {0!r} is not a number from 0 to 5</source>
        <translation>分數 {0!r} 不是 0 到 5 之間的數</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/mermaid.py"/>
        <source>the score {0} is outside Mermaid's 0 to 5</source>
        <translation>分數 {0} 超出了 Mermaid 的 0 到 5</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <source>The scores keep Mermaid's scale ({0}), as this map's.</source>
        <translation>分數保留 Mermaid 的刻度（{0}），與此旅程圖相同。</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>The selection links to no map</source>
        <translation>所選項目沒有連結到任何旅程圖</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>The smallest text on cards, as printed: the page (or the number of sheets) is chosen to print it this big</source>
        <translation>卡片上最小文字的列印大小：據此選擇頁面（或紙張數量）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/capture.py"/>
        <source>The step the card goes in</source>
        <translation>卡片所在的步驟</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>The target must be a number, or empty for none</source>
        <translation>目標必須是數字，不設目標則留空</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>the text size must be between {0} and {1} pt</source>
        <translation>文字大小必須介於 {0} 到 {1} pt 之間</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>The value must be a number</source>
        <translation>值必須是數字</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presenter.py"/>
        <source>The whole map: {0}</source>
        <translation>整張旅程圖：{0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library_copy.py"/>
        <source>theirs</source>
        <translation>對方的版本</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Then report pages: {0}</source>
        <translation>接著是報告頁：{0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>there is already a map named {0!r}; choose another --name</source>
        <translation>已有名為 {0!r} 的旅程圖；請另選 --name</translation>
    </message>
    <message>
        <source>These keys</source>
        <translation>這些快速鍵</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/mermaid.py"/>
        <source>this journey has no sections or tasks: nothing to import</source>
        <translation>此旅程沒有階段也沒有任務：沒有可匯入的內容</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/owners_report.py"/>
        <source>This map</source>
        <translation>此旅程圖</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/priority_matrix.py"/>
        <source>This map has no opportunities or ideas yet: add them in its Opportunities lane.</source>
        <translation>此旅程圖還沒有機會或點子：請在其「機會」泳道中新增。</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>This map was not made from another map</source>
        <translation>此旅程圖不是由其他旅程圖產生的</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/owners_report.py"/>
        <source>This map: {0}</source>
        <translation>此旅程圖：{0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <location filename="../../src/journeyeditor/ui/tabular_io.py"/>
        <source>This project is read-only</source>
        <translation>此專案為唯讀</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presentation.py"/>
        <source>This project is read-only: nothing can be added</source>
        <translation>此專案為唯讀：無法新增任何內容</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <location filename="../../src/journeyeditor/workshop/capture.py"/>
        <source>This project is read-only: {0}</source>
        <translation>此專案為唯讀：{0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>This round does not vote on this card</source>
        <translation>本回合不對這張卡片投票</translation>
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
        <translation>討論串</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/comments.py"/>
        <source>Thread deleted (Undo brings it back)</source>
        <translation>討論串已刪除（復原可還原）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Tiles</source>
        <translation>分拼</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>tiles are A4, A3 or letter</source>
        <translation>分拼紙張只能是 A4、A3 或 letter</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Time (min)</source>
        <translation>時間（分鐘）</translation>
    </message>
    <message>
        <source>Time (minutes, lower is better)</source>
        <translation>時間（分鐘，越低越好）</translation>
    </message>
    <message>
        <source>Time in minutes</source>
        <translation>時間（分鐘）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>time in minutes</source>
        <translation>時間（分鐘）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presenter.py"/>
        <location filename="../../src/journeyeditor/workshop/timer.py"/>
        <source>Time's up</source>
        <translation>時間到</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/timer.py"/>
        <source>Timer</source>
        <translation>計時器</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presenter.py"/>
        <source>Timer: T starts it, Shift+T sets it</source>
        <translation>計時器：T 開始，Shift+T 設定</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>title</source>
        <translation>標題</translation>
    </message>
    <message>
        <source>to card</source>
        <translation>終點卡片</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>接觸點</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>接觸點</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/library_ui.py"/>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Try Again</source>
        <translation>重試</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Two-Way</source>
        <translation>雙向</translation>
    </message>
    <message>
        <source>Two-way</source>
        <translation>雙向</translation>
    </message>
    <message>
        <source>two-way</source>
        <translation>雙向</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>type</source>
        <translation>類型</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/capture.py"/>
        <source>Type what the room says, then Enter</source>
        <translation>輸入大家說的內容，然後按 Enter</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/capture.py"/>
        <source>Type what to put on the card first</source>
        <translation>請先輸入要寫在卡片上的內容</translation>
    </message>
    <message>
        <source>Undo / redo</source>
        <translation>復原 / 重做</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>Unit</source>
        <translation>單位</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>unknown page size {0!r} (use A0–A5, letter, legal, tabloid, arch-e, WxHmm, WxHin or fit)</source>
        <translation>未知的頁面大小 {0!r}（請使用 A0–A5、letter、legal、tabloid、arch-e、WxHmm、WxHin 或 fit）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>unknown report {0} (choose from {1})</source>
        <translation>未知的報告 {0}（可選：{1}）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>unknown text size {0!r} (write it like 12pt or 4mm)</source>
        <translation>未知的文字大小 {0!r}（請寫成 12pt 或 4mm 這樣）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <source>untitled</source>
        <translation>無標題</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/templates.py"/>
        <source>Untitled project</source>
        <translation>未命名專案</translation>
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
        <translation>在情緒表情上按 上 / 下</translation>
    </message>
    <message>
        <source>Up from the top lane</source>
        <translation>從最上面的泳道按 上</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/library_ui.py"/>
        <source>User:</source>
        <translation>使用者：</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>value</source>
        <translation>數值</translation>
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
        <translation>為所選卡片投票；從中收回一個圓點</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>Vote on</source>
        <translation>投票對象</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf_votes.py"/>
        <location filename="../../src/journeyeditor/workshop/presenter.py"/>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>Votes</source>
        <translation>票數</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/window.py"/>
        <source>Voting</source>
        <translation>投票</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf_votes.py"/>
        <source>Voting results — {0}</source>
        <translation>投票結果 — {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Voting results: the latest round's dots on the cards, and a results page per round</source>
        <translation>投票結果：卡片上顯示最近一回合的圓點，並為每個回合附一頁結果</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presenter.py"/>
        <source>Voting round</source>
        <translation>投票回合</translation>
    </message>
    <message>
        <source>voting round</source>
        <translation>投票回合</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>等候</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/layout/style.py"/>
        <source>Wait point</source>
        <translation>等候點</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>wait point</source>
        <translation>等待點</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>網站</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/import_dialog.py"/>
        <source>What each column holds:</source>
        <translation>每一欄的內容：</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/gaps.py"/>
        <source>What happens here, and what it costs the customer</source>
        <translation>這裡發生了什麼，以及讓顧客付出了什麼代價</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>做什麼</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/gaps.py"/>
        <location filename="../../src/journeyeditor/ui/inspector.py"/>
        <source>Where</source>
        <translation>在哪裡</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <source>Who or what: a study, a report, a participant</source>
        <translation>誰或什麼：一項研究、一份報告、一位參與者</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>Whose turn it is: click, or press 1–9 or Tab on the map</source>
        <translation>輪到誰：點選，或在旅程圖上按 1–9 或 Tab</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>寬度</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Workshop</source>
        <translation>工作坊</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/comments.py"/>
        <source>Write a comment</source>
        <translation>撰寫留言</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/preferences.py"/>
        <source>Your &amp;name (on comments)</source>
        <translation>您的名稱(&amp;N)（顯示於留言）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>your database role may only read this library</source>
        <translation>您的資料庫角色只能讀取此資料庫</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/comments.py"/>
        <source>Your Name</source>
        <translation>您的名稱</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/comments.py"/>
        <source>Your name, shown on your comments (Edit ▸ Preferences changes it):</source>
        <translation>您的名稱，顯示於您的留言（可在「編輯 ▸ 偏好設定」中變更）：</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/library_ui.py"/>
        <source>Your unsent change is kept and sent then.</source>
        <translation>您未傳送的變更已保留，屆時會傳送。</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>縮放</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Zoom &amp;Out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>{0!r} is not a date (YYYY-MM-DD)</source>
        <translation>{0!r} 不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>{0!r} is not a number ({1})</source>
        <translation>{0!r} 不是數字（{1}）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>{0!r} is not a {1}</source>
        <translation>{0!r} 不是有效的{1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>{0!r} is not yes or no ({1})</source>
        <translation>{0!r} 不是「是」或「否」（{1}）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>{0} %</source>
        <translation>{0}%</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>{0} (copy)</source>
        <translation>{0}（複本）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/canvas/compare.py"/>
        <source>{0} (from the source map)</source>
        <translation>{0}（相對來源旅程圖）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/canvas/compare.py"/>
        <source>{0} (since the snapshot)</source>
        <translation>{0}（自快照以來）</translation>
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
        <translation>{0} 已存在（使用 --force 取代）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/canvas/scene.py"/>
        <source>{0} analytical evidence</source>
        <translation>{0} 項分析型證據</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/canvas/scene.py"/>
        <source>{0} anecdotal evidence</source>
        <translation>{0} 項軼事型證據</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/history/diff.py"/>
        <source>{0} at {1}</source>
        <translation>{0} 在 {1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/tabular_io.py"/>
        <source>{0} cannot be imported: {1}</source>
        <translation>無法匯入 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/photos.py"/>
        <source>{0} cannot be read: {1}</source>
        <translation>無法讀取 {0}：{1}</translation>
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
        <translation>此旅程圖上有 {0} 張卡片可供投票。</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>{0} changes from {1} to {2}</source>
        <translation>從 {1} 到 {2} 有 {0} 處變更</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>{0} changes since {1}</source>
        <translation>自 {1} 以來有 {0} 處變更</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>{0} claims without evidence</source>
        <translation>{0} 個無證據的論斷</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/store.py"/>
        <source>{0} could not be opened ({1})</source>
        <translation>無法開啟 {0}（{1}）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/photos.py"/>
        <source>{0} could not be read as an image ({1})</source>
        <translation>無法將 {0} 讀取為圖片（{1}）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/store.py"/>
        <source>{0} could not be read: {1}</source>
        <translation>無法讀取 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>{0} differences from {1}</source>
        <translation>與 {1} 有 {0} 處不同</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf_votes.py"/>
        <source>{0} dots each</source>
        <translation>每人 {0} 個圓點</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>{0} dots each on {1}; {2}; started {3}.</source>
        <translation>每人 {0} 個圓點，投給{1}；{2}；開始於 {3}。</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library_copy.py"/>
        <source>{0} entities were changed both in {1} and in the library since the fetch: {2}. Nothing was published; say which side wins with --keep mine or --keep theirs</source>
        <translation>自取回以來，有 {0} 個物件在 {1} 和資料庫中都被變更：{2}。未發佈任何內容；請用 --keep mine 或 --keep theirs 指定以哪一方為準</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/filecheck.py"/>
        <source>{0} has an unfinished write ({0}-journal) and is read-only: make the file and its folder writable so it can be recovered</source>
        <translation>{0} 有未完成的寫入（{0}-journal）且為唯讀：請讓檔案及其資料夾可寫入，以便復原</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting.py"/>
        <source>{0} has no dot on this card</source>
        <translation>{0} 在這張卡片上沒有圓點</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting.py"/>
        <source>{0} has no dots to take back</source>
        <translation>{0} 沒有可收回的圓點</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/start_page.py"/>
        <source>{0} has no map yet</source>
        <translation>{0} 還沒有旅程圖</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>{0} has no votes left</source>
        <translation>{0} 已沒有剩餘票數</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/filecheck.py"/>
        <source>{0} is a database of another program, not a Journey Editor project</source>
        <translation>{0} 是其他程式的資料庫，不是 Journey Editor 專案</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/filecheck.py"/>
        <source>{0} is damaged (integrity check: {1})</source>
        <translation>{0} 已損毀（完整性檢查：{1}）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/filecheck.py"/>
        <source>{0} is damaged ({1})</source>
        <translation>{0} 已損毀（{1}）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/filecheck.py"/>
        <source>{0} is damaged and could not be recovered ({1})</source>
        <translation>{0} 已損毀且無法復原（{1}）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/filecheck.py"/>
        <source>{0} is damaged: it has no file format version</source>
        <translation>{0} 已損毀：沒有檔案格式版本</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/filecheck.py"/>
        <source>{0} is damaged: the file is cut short</source>
        <translation>{0} 已損毀：檔案不完整</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/filecheck.py"/>
        <source>{0} is empty (0 bytes): not a Journey Editor project</source>
        <translation>{0} 是空檔案（0 位元組）：不是 Journey Editor 專案</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>{0} is for {1} exports, not {2}</source>
        <translation>{0} 用於 {1} 匯出，不適用於 {2}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>{0} is not a Journey Editor library (run: journeyeditor library init {1})</source>
        <translation>{0} 不是 Journey Editor 資料庫（請執行：journeyeditor library init {1}）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/filecheck.py"/>
        <source>{0} is not a Journey Editor project (not a database file)</source>
        <translation>{0} 不是 Journey Editor 專案（不是資料庫檔案）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/photos.py"/>
        <source>{0} is not a PNG or JPEG image</source>
        <translation>{0} 不是 PNG 或 JPEG 圖片</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library_copy.py"/>
        <location filename="../../src/journeyeditor/persistence/store.py"/>
        <source>{0} is open in another Journey Editor window or program; close it there before replacing it</source>
        <translation>{0} 已在另一個 Journey Editor 視窗或程式中開啟；請先在那裡關閉再取代</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>{0} is open in another Journey Editor window or program; close it there first, or derive the map in that window</source>
        <translation>{0} 已在另一個 Journey Editor 視窗或程式中開啟；請先在那裡關閉，或在那個視窗中衍生旅程圖</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>{0} is open in another Journey Editor window or program; close it there first, or import in that window</source>
        <translation>{0} 已在另一個 Journey Editor 視窗或程式中開啟；請先在那裡關閉，或在那個視窗中匯入</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/store.py"/>
        <source>{0} is open in another Journey Editor window or program; it can be opened read-only</source>
        <translation>{0} 已在另一個 Journey Editor 視窗或程式中開啟；可以唯讀方式開啟</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <location filename="../../src/journeyeditor/persistence/store.py"/>
        <source>{0} is read-only ({1})</source>
        <translation>{0} 為唯讀（{1}）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/photos.py"/>
        <source>{0} is {1} MB: a photo may be at most {2} MB</source>
        <translation>{0} 有 {1} MB：相片最大為 {2} MB</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>{0} is {1} mm wide and {2} mm high, so {3}: leave out --orientation {4}, or give the size the other way round</source>
        <translation>{0} 寬 {1} mm、高 {2} mm，因此是{3}：請拿掉 --orientation {4}，或把尺寸反過來寫</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>{0} maps side by side</source>
        <translation>{0} 張旅程圖並排</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>{0} maps stacked</source>
        <translation>{0} 張旅程圖上下排列</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>{0} maps, {1} cards</source>
        <translation>{0} 張旅程圖，{1} 張卡片</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>{0} matches</source>
        <translation>{0} 個符合項目</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>{0} must be a whole number from {1} to {2}, not {3!r}</source>
        <translation>{0} 必須是 {1} 到 {2} 之間的整數，而不是 {3!r}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library_copy.py"/>
        <source>{0} now holds the library's project as it is after the publish</source>
        <translation>{0} 現在包含發佈後資料庫中的專案</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/history/diff.py"/>
        <source>{0} of {1}</source>
        <translation>{1} 的 {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/comments.py"/>
        <source>{0} open</source>
        <translation>{0} 則未解決</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf_comments.py"/>
        <source>{0} open, {1} resolved</source>
        <translation>{0} 則未解決，{1} 則已解決</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/owners_report.py"/>
        <source>{0} opportunities, {1} owners</source>
        <translation>{0} 個機會，{1} 位負責人</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>{0} participants</source>
        <translation>{0} 位參與者</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>{0} results</source>
        <translation>{0} 結果</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>{0} selected</source>
        <translation>已選取 {0} 個</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>{0} sheets of {1} ({2} × {3} and an assembly sheet), {4}, overlap {5} mm; least used sheet {6}</source>
        <translation>{0} 張 {1} 紙（{2} × {3}，外加一張拼裝說明），{4}，重疊 {5} mm；使用最少的紙張 {6}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>{0} sheets of {1} {2} and this one; overlap {3} mm; the poster is {4}; card text {5} pt</source>
        <translation>{0} 張{2}的 {1} 紙，外加這一張；重疊 {3} mm；海報為 {4}；卡片文字 {5} pt</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>{0} tiles</source>
        <translation>{0} 分拼</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <source>{0} to {1}</source>
        <translation>{0} 到 {1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting.py"/>
        <source>{0} took a dot back: {1} left</source>
        <translation>{0} 收回了一個圓點：剩餘 {1} 個</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting.py"/>
        <source>{0} voted for “{1}” and has no dots left (Tab: next participant)</source>
        <translation>{0} 投給了「{1}」，已無剩餘圓點（Tab：下一位參與者）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting.py"/>
        <source>{0} voted for “{1}”: {2} left</source>
        <translation>{0} 投給了「{1}」：剩餘 {2} 個</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <source>{0} was not imported:</source>
        <translation>未匯入 {0}：</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/filecheck.py"/>
        <source>{0} was saved by a newer Journey Editor (file format {1}; this version reads up to {2}). Update Journey Editor to open it.</source>
        <translation>{0} 由較新版本的 Journey Editor 儲存（檔案格式 {1}；此版本最多只能讀取 {2}）。請更新 Journey Editor 後再開啟。</translation>
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
        <translation>{0} × {1} 英吋</translation>
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
        <translation>{0} — 一日生活</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>{0} — future state</source>
        <translation>{0} — 未來狀態</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presentation.py"/>
        <source>{0} — Presentation</source>
        <translation>{0} — 簡報</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presenter.py"/>
        <source>{0} — Presenter view</source>
        <translation>{0} — 簡報者檢視</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>{0} — service blueprint</source>
        <translation>{0} — 服務藍圖</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/document.py"/>
        <source>{0} — snapshot “{1}” (read-only)</source>
        <translation>{0} — 快照「{1}」（唯讀）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>{0} — {1} maps</source>
        <translation>{0} — {1} 張旅程圖</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>{0} — {1}, {2}</source>
        <translation>{0} — {1}，{2}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>{0} — {1}: poster {2}, {3}</source>
        <translation>{0} — {1}：海報 {2}，{3}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/catalogue.py"/>
        <source>{0}%</source>
        <translation>{0}%</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting.py"/>
        <source>{0}'s turn: {1} dots left</source>
        <translation>輪到 {0}：剩餘 {1} 個圓點</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/gaps.py"/>
        <source>{0}, step {1}</source>
        <translation>{0}，步驟 {1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting.py"/>
        <source>{0}: 1 dot left</source>
        <translation>{0}：剩餘 1 個圓點</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/store.py"/>
        <source>{0}: already exists</source>
        <translation>{0}：已存在</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>{0}: an @ in the user name or password must be written %40 (or give the password in PGPASSWORD)</source>
        <translation>{0}：使用者名稱或密碼中的 @ 必須寫成 %40（或透過 PGPASSWORD 提供密碼）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>{0}: cannot add a map: {1}</source>
        <translation>{0}：無法新增旅程圖：{1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/filecheck.py"/>
        <source>{0}: cannot be read ({1})</source>
        <translation>{0}：無法讀取（{1}）</translation>
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
        <translation>{0}：是資料夾</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/filecheck.py"/>
        <source>{0}: is a folder, not a project file</source>
        <translation>{0}：是資料夾，不是專案檔</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <location filename="../../src/journeyeditor/persistence/filecheck.py"/>
        <source>{0}: is not an ordinary file (a pipe, socket or device)</source>
        <translation>{0}：不是一般檔案（是管線、通訊端或裝置）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>{0}: no project named {1!r} in the library</source>
        <translation>{0}：資料庫中沒有名為 {1!r} 的專案</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/app.py"/>
        <location filename="../../src/journeyeditor/cli.py"/>
        <location filename="../../src/journeyeditor/persistence/filecheck.py"/>
        <source>{0}: no such file</source>
        <translation>{0}：檔案不存在</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>{0}: not a library address (postgresql://user@host:port/database)</source>
        <translation>{0}：不是資料庫位址（postgresql://user@host:port/database）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tables.py"/>
        <source>{0}: not an XLSX workbook ({1})</source>
        <translation>{0}：不是 XLSX 活頁簿（{1}）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>{0}: the address names no database</source>
        <translation>{0}：位址中沒有資料庫名稱</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <location filename="../../src/journeyeditor/persistence/store.py"/>
        <source>{0}: the last change could not be written ({1}); it is kept and written with the next one</source>
        <translation>{0}：最近的變更未能寫入（{1}）；它會被保留，並隨下一次變更一起寫入</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>{0}: the library server cannot be reached ({1}); the change is kept and sent when it is back</source>
        <translation>{0}：無法連線資料庫伺服器（{1}）；此變更已保留，伺服器恢復後傳送</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>{0}: the library server cannot be reached and your last changes are not sent yet</source>
        <translation>{0}：無法連線資料庫伺服器，您最近的變更尚未傳送</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tables.py"/>
        <source>{0}: the table is empty (no header row)</source>
        <translation>{0}：表格為空（沒有標題列）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>{0}: which project? Add ?project=NAME to the address</source>
        <translation>{0}：哪個專案？請在位址後加上 ?project=名稱</translation>
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
        <translation>{0}：剩餘 {1} 個圓點</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/priority_matrix.py"/>
        <source>{0}: {1} opportunities, {2} rated</source>
        <translation>{0}：{1} 個機會，{2} 個已評分</translation>
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
        <translation>{0}{1} — 剩餘 {2}/{3} 個圓點</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/window.py"/>
        <source>“{0}” is open: click cards to vote; {1}'s turn</source>
        <translation>「{0}」進行中：點選卡片投票；輪到 {1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/gaps.py"/>
        <source>“{0}” → “{1}”, in {2}</source>
        <translation>「{0}」→「{1}」，位於 {2}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <source>“{0}”: {1} sections, {2} tasks; actors: {3}</source>
        <translation>「{0}」：{1} 個階段，{2} 個任務；參與者：{3}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/import_dialog.py"/>
        <source>… and {0} more</source>
        <translation>…… 還有 {0} 列</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presenter.py"/>
        <source>… and {0} more cards</source>
        <translation>…以及另外 {0} 張卡片</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>… and {0} more pages</source>
        <translation>…以及另外 {0} 頁</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presenter.py"/>
        <source>→ next · ← previous · B black · T timer · Shift+T set timer · C capture · F1 keys · Esc leave</source>
        <translation>→ 下一張 · ← 上一張 · B 黑畫面 · T 計時器 · Shift+T 設定計時器 · C 記錄 · F1 快速鍵 · Esc 離開</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/layout/style.py"/>
        <source>≈ {0} h</source>
        <translation>≈ {0} 小時</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/layout/style.py"/>
        <source>≈ {0} min</source>
        <translation>≈ {0} 分鐘</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/layout/style.py"/>
        <source>≈ {0} s</source>
        <translation>≈ {0} 秒</translation>
    </message>
</context>
</TS>
