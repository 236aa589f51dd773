<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>JourneyEditor</name>
    <message>
        <location filename="../../src/journeyeditor/persistence/library_copy.py"/>
        <source>  {0}: {1} kept</source>
        <translation>  {0}: {1}を採用</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/mermaid.py"/>
        <source> ('#' starts a comment in Mermaid)</source>
        <translation>（Mermaid では「#」以降はコメントです）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source> (and {0} more)</source>
        <translation>（ほか {0} 件）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source> [read-only]</source>
        <translation>（読み取り専用）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source> and </source>
        <translation>と</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/timer.py"/>
        <source> min</source>
        <translation> 分</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source> participants</source>
        <translation> 人の参加者</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source> — row {0}, column {1}  ({2}/{3})</source>
        <translation> — {0} 行目、{1} 列目  ({2}/{3})</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;About Journey Editor</source>
        <translation>Journey Editor について(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/gaps.py"/>
        <source>&amp;Accept</source>
        <translation>受け入れる(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;Actual Size (100 %)</source>
        <translation>実際のサイズ (100%)(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;Claims Without Evidence</source>
        <translation>エビデンスのない主張(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;Close</source>
        <translation>閉じる(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>&amp;Colour…</source>
        <translation>色(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;Copy This Map into the Project</source>
        <translation>このマップをプロジェクトにコピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>ダーク(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <location filename="../../src/journeyeditor/workshop/comments.py"/>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>&amp;Delete Round</source>
        <translation>ラウンドを削除(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/gaps.py"/>
        <source>&amp;Dismiss</source>
        <translation>却下(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>&amp;Dots each</source>
        <translation>1人あたりのドット数(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>&amp;End Round</source>
        <translation>ラウンドを終了(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>&amp;Export Results…</source>
        <translation>結果を書き出す(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;Find…</source>
        <translation>検索(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;Fit to Window</source>
        <translation>ウィンドウに合わせる(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/heatmap_menu.py"/>
        <source>&amp;Heatmap</source>
        <translation>ヒートマップ(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>ハイコントラスト(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <source>&amp;Import Mermaid Journey…</source>
        <translation>Mermaid ジャーニーを読み込む(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;Import…</source>
        <translation>インポート(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <location filename="../../src/journeyeditor/workshop/window.py"/>
        <source>&amp;Insert</source>
        <translation>挿入(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>ライト(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <location filename="../../src/journeyeditor/workshop/window.py"/>
        <source>&amp;Map</source>
        <translation>マップ(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>&amp;Name</source>
        <translation>名前(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;New Map from Template…</source>
        <translation>テンプレートから新規マップ(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>&amp;New Round…</source>
        <translation>新しいラウンド(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;New…</source>
        <translation>新規(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/heatmap_menu.py"/>
        <source>&amp;Next Heatmap</source>
        <translation>次のヒートマップ(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;Open…</source>
        <translation>開く(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;Paste</source>
        <translation>貼り付け(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;Present</source>
        <translation>プレゼンテーション(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;Redo {0}</source>
        <translation>{0} をやり直す(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/comments.py"/>
        <source>&amp;Reply…</source>
        <translation>返信(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;Reports</source>
        <translation>レポート(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>&amp;Start Voting</source>
        <translation>投票を開始(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>システムに合わせる(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>&amp;Take Back</source>
        <translation>取り消す(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/themes.py"/>
        <source>&amp;Theme</source>
        <translation>テーマ(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;Undo {0}</source>
        <translation>{0} を元に戻す(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <location filename="../../src/journeyeditor/workshop/window.py"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>&amp;Vote in This Round</source>
        <translation>このラウンドで投票(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/mermaid.py"/>
        <source>'journey' stands alone on its line</source>
        <translation>「journey」は単独の行に書きます</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/inspector.py"/>
        <source>(by type)</source>
        <translation>（種類どおり）</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>（無視）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/capture.py"/>
        <source>(new lane)</source>
        <translation>（新しいレーン）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presenter.py"/>
        <source>(no goal written for this stage)</source>
        <translation>（このステージの目標はまだ書かれていません）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presenter.py"/>
        <source>(no notes or open comments)</source>
        <translation>（メモや未解決のコメントはありません）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/canvas/metrics.py"/>
        <source>(no period)</source>
        <translation>（期間なし）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/start_page.py"/>
        <source>(none yet)</source>
        <translation>（まだありません）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presenter.py"/>
        <source>(part {0} of {1})</source>
        <translation>（パート {0}/{1}）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presenter.py"/>
        <source>(paused)</source>
        <translation>（一時停止中）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/gaps.py"/>
        <source>(the map's end)</source>
        <translation>（マップの終わり）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presenter.py"/>
        <source>(untitled card)</source>
        <translation>（無題のカード）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf_votes.py"/>
        <location filename="../../src/journeyeditor/reports/comments.py"/>
        <location filename="../../src/journeyeditor/ui/priority_matrix.py"/>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>(untitled)</source>
        <translation>（無題）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>+ Card</source>
        <translation>+ カード</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>+ Lane</source>
        <translation>+ レーン</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>+ Stage</source>
        <translation>+ ステージ</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>+ Step</source>
        <translation>+ ステップ</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>--all exports every map: drop --map, or --all</source>
        <translation>--all はすべてのマップを書き出します：--map か --all を外してください</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>--all is for pdf, png, svg and mermaid: a json export always holds every map</source>
        <translation>--all は pdf・png・svg・mermaid 用です：json の書き出しには常にすべてのマップが入ります</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>--force replaces -o FILE; --into adds to its file</source>
        <translation>--force は -o のファイルを置き換えます。--into はそのファイルに追加します</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>--into adds a spreadsheet's maps (csv, tsv, xlsx); a json project makes a new file with -o</source>
        <translation>--into はスプレッドシート（csv、tsv、xlsx）のマップを追加します。json プロジェクトは -o で新しいファイルにしてください</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library_copy.py"/>
        <source>--keep is for a copy fetched from the library; {0} is not one</source>
        <translation>--keep はライブラリから取得したコピー用です。{0} はそうではありません</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>--layout {0} puts several maps on one page: add --all</source>
        <translation>--layout {0} は複数のマップを1ページに配置します：--all を付けてください</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>--map-name names one map, and the workbook has {0} sheets: choose one with --sheet</source>
        <translation>--map-name で名付けられるマップは 1 つですが、ブックには {0} 枚のシートがあります：--sheet で 1 つ選んでください</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>--name must not be empty</source>
        <translation>--name は空にできません</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/png.py"/>
        <source>--scale must be between 0.05 and 8</source>
        <translation>--scale は 0.05 から 8 の間で指定してください</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>--scale-to-text chooses the page size itself: leave out --page (or add --tile to print it on office paper)</source>
        <translation>--scale-to-text はページサイズを自動で決めます：--page を外してください（事務用紙に印刷するには --tile を付けます）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>--{0} is for csv and xlsx imports</source>
        <translation>--{0} は csv と xlsx のインポート用です</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>1 claim without evidence</source>
        <translation>エビデンスのない主張 1 件</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf_votes.py"/>
        <source>1 dot each</source>
        <translation>1人1ドット</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>1 month ago</source>
        <translation>1 か月前</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>1 week ago</source>
        <translation>1 週間前</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>1 year ago</source>
        <translation>1 年前</translation>
    </message>
    <message>
        <source>1 — little</source>
        <translation>1 — 小さい</translation>
    </message>
    <message>
        <source>1 — low</source>
        <translation>1 — 低い</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>100 %</source>
        <translation>100%</translation>
    </message>
    <message>
        <source>1–9, Tab, Shift+Tab while a round is open</source>
        <translation>ラウンド中に 1–9、Tab、Shift+Tab</translation>
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
        <translation>3 か月前</translation>
    </message>
    <message>
        <source>4</source>
        <translation>4</translation>
    </message>
    <message>
        <source>5 — a lot</source>
        <translation>5 — 大きい</translation>
    </message>
    <message>
        <source>5 — high</source>
        <translation>5 — 高い</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>6 months ago</source>
        <translation>6 か月前</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>: {0} x {1} sheets — tape them together in this order</source>
        <translation>：{0} × {1} 枚 — この順に貼り合わせてください</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>; {0} changes in {1} maps since the one before</source>
        <translation>；前回から {1} 件のマップで {0} 件の変更</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&lt;h3&gt;Journey Editor {0}&lt;/h3&gt;&lt;p&gt;Customer-journey maps and service blueprints: offline, fast on huge maps, printable as wall-sized posters, in every script.&lt;/p&gt;&lt;p&gt;Free software under the GNU GPL, version 3 or later. Fonts: Noto (SIL Open Font License).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Journey Editor {0}&lt;/h3&gt;&lt;p&gt;カスタマージャーニーマップとサービスブループリント：オフラインで動作し、巨大なマップでも速く、壁一面のポスターとして印刷でき、あらゆる文字に対応します。&lt;/p&gt;&lt;p&gt;GNU GPL バージョン 3 以降のフリーソフトウェアです。フォント：Noto（SIL Open Font License）。&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>a .mmd file holds one diagram: write --all to a .md file</source>
        <translation>.mmd ファイルには図を 1 つしか入れられません：--all は .md ファイルに書き出してください</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/mermaid.py"/>
        <source>a .mmd file holds one diagram: write several maps to a .md file</source>
        <translation>.mmd ファイルには図を 1 つしか入れられません：複数のマップは .md ファイルに書き出してください</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/model/project.py"/>
        <source>a card moves inside its own map</source>
        <translation>カードは自分のマップの中でしか移動できません</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/model/project.py"/>
        <source>a card spans at least one step</source>
        <translation>カードは少なくとも1ステップにまたがります</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>A comment needs some text</source>
        <translation>コメントには本文が必要です</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/model/project.py"/>
        <source>a connector joins two different cards</source>
        <translation>コネクタは異なる2枚のカードをつなぎます</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>a csv holds one map: name it with --map, or export xlsx for a sheet per map</source>
        <translation>csv に入るマップは 1 つです：--map で指定するか、マップごとにシートを作る xlsx で書き出してください</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>A custom KPI needs a name</source>
        <translation>カスタム KPI には名前が必要です</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/store.py"/>
        <source>a disk input/output error</source>
        <translation>ディスクの入出力エラー</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>a file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>A gap sits between two steps: this is the map's last step</source>
        <translation>ギャップは2つのステップの間に置きます：これはマップの最後のステップです</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/import_dialog.py"/>
        <source>a journey map</source>
        <translation>ジャーニーマップ</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/svg.py"/>
        <source>A journey map made with Journey Editor</source>
        <translation>Journey Editor で作成したジャーニーマップ</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>a library project needs a name</source>
        <translation>ライブラリのプロジェクトには名前が必要です</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>a library project's name must be at most {0} characters</source>
        <translation>ライブラリのプロジェクト名は {0} 文字以内にしてください</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>a library project's name must be one line of text, without spaces at either end</source>
        <translation>ライブラリのプロジェクト名は 1 行の文字列で、前後に空白を入れないでください</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/model/project.py"/>
        <source>a metric belongs to a stage, step or card of its map</source>
        <translation>指標はそのマップのステージ、ステップ、カードのいずれかに属します</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/preferences.py"/>
        <source>A new language shows when Journey Editor starts again.</source>
        <translation>新しい言語は Journey Editor の再起動後に反映されます。</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>a page side can be at most {0} mm (PDF's 200-inch limit); {1} is larger: use --tile or a smaller page</source>
        <translation>ページの一辺は最大 {0} mm です（PDF の 200 インチ制限）。{1} はそれより大きいため、--tile か小さいページを使ってください</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>a page side must be at least {0} mm</source>
        <translation>ページの一辺は {0} mm 以上必要です</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>パスの一部がフォルダではありません</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/mermaid.py"/>
        <source>a section's name cannot hold ':'</source>
        <translation>section の名前に「:」は使えません</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/import_dialog.py"/>
        <source>a service blueprint</source>
        <translation>サービスブループリント</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/document.py"/>
        <source>a snapshot; copy cards from it and paste them into the project</source>
        <translation>スナップショットです。カードをコピーしてプロジェクトに貼り付けられます</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>A stage keeps at least one step: delete the stage instead</source>
        <translation>ステージには少なくとも1つのステップが必要です：代わりにステージを削除してください</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/model/project.py"/>
        <source>a step belongs to a stage of its own map</source>
        <translation>ステップはそのマップのステージに属します</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/mermaid.py"/>
        <source>a task is 'name: score: actors': this line has more colons</source>
        <translation>タスクの書式は「名前: スコア: アクター」です：この行にはコロンが多すぎます</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/mermaid.py"/>
        <source>a task needs a name before its ':'</source>
        <translation>タスクには「:」の前に名前が必要です</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/mermaid.py"/>
        <source>a task needs a score from 0 to 5</source>
        <translation>タスクには 0〜5 のスコアが必要です</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>a team library needs psycopg: pip install 'journeyeditor[library]'</source>
        <translation>チームライブラリには psycopg が必要です: pip install 'journeyeditor[library]'</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>a time cannot be negative ({0!r})</source>
        <translation>時間は負の値にできません（{0!r}）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>A voting round needs at least one participant</source>
        <translation>投票ラウンドには少なくとも1人の参加者が必要です</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>A&amp;nonymous: no names, only</source>
        <translation>匿名(&amp;N)：名前なし、</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>A3 sheets</source>
        <translation>A3 用紙</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>A4 sheets</source>
        <translation>A4 用紙</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>About Journey Editor</source>
        <translation>Journey Editor について</translation>
    </message>
    <message>
        <source>Accept / dismiss the selected suggestion (Ctrl+Z undoes)</source>
        <translation>選択中の提案を受け入れる / 却下する（Ctrl+Z で元に戻す）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/gaps.py"/>
        <source>Accept A&amp;ll</source>
        <translation>すべて受け入れる(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/gaps.py"/>
        <source>Accept {0} suggested gaps</source>
        <translation>提案されたギャップ {0} 件を受け入れる</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/mermaid.py"/>
        <source>accTitle takes its value after a colon</source>
        <translation>accTitle の値はコロンの後に書きます</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>行動</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>行動</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <source>Actors named like a persona of this project become that persona: {0}</source>
        <translation>このプロジェクトのペルソナと同じ名前のアクターは、そのペルソナになります：{0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Add &amp;Card</source>
        <translation>カードを追加(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Add &amp;Gap After This Step…</source>
        <translation>このステップの後にギャップを追加(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Add &amp;Lane</source>
        <translation>レーンを追加(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Add &amp;Metric…</source>
        <translation>指標を追加(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Add &amp;Persona…</source>
        <translation>ペルソナを追加(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Add &amp;Stage</source>
        <translation>ステージを追加(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/panels.py"/>
        <source>Add a map</source>
        <translation>マップを追加</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/panels.py"/>
        <source>Add a persona</source>
        <translation>ペルソナを追加</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/canvas/scene.py"/>
        <source>Add a persona (Ctrl+Shift+P) to draw an emotion line here</source>
        <translation>ここに感情曲線を描くには、ペルソナを追加してください（Ctrl+Shift+P）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/canvas/items.py"/>
        <source>Add a point</source>
        <translation>ポイントを追加</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/canvas/items.py"/>
        <source>Add a point for {0}: click at the feeling</source>
        <translation>{0} のポイントを追加：その気持ちの位置をクリック</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Add Card Here</source>
        <translation>ここにカードを追加</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/window.py"/>
        <source>Add Co&amp;mment…</source>
        <translation>コメントを追加(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/comments.py"/>
        <location filename="../../src/journeyeditor/workshop/window.py"/>
        <source>Add Comment</source>
        <translation>コメントを追加</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Add comment</source>
        <translation>コメントを追加</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/window.py"/>
        <source>Add Comment on the Map…</source>
        <translation>マップにコメントを追加…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/window.py"/>
        <source>Add Comment…</source>
        <translation>コメントを追加…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Add emotion point</source>
        <translation>感情ポイントを追加</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <source>Add Evidence</source>
        <translation>エビデンスを追加</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/gaps.py"/>
        <source>Add Gap</source>
        <translation>ギャップを追加</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Add Gap After This Step…</source>
        <translation>このステップの後にギャップを追加…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Add Gap Here ({0})…</source>
        <translation>ここにギャップを追加（{0}）…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Add Lane</source>
        <translation>レーンを追加</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Add Lane Above</source>
        <translation>上にレーンを追加</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Add Lane Below</source>
        <translation>下にレーンを追加</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Add map</source>
        <translation>マップを追加</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>Add Metric</source>
        <translation>指標を追加</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Add Metric…</source>
        <translation>指標を追加…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Add Next Period…</source>
        <translation>次の期間を追加…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Add Point for {0}</source>
        <translation>{0} のポイントを追加</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Add S&amp;tep</source>
        <translation>ステップを追加(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Add Stage</source>
        <translation>ステージを追加</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Add Stage After</source>
        <translation>後にステージを追加</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Add Stage Before</source>
        <translation>前にステージを追加</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Add Step</source>
        <translation>ステップを追加</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Add Step After</source>
        <translation>後にステップを追加</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Add Step Before</source>
        <translation>前にステップを追加</translation>
    </message>
    <message>
        <source>Add that persona's point at the score under the pointer</source>
        <translation>ポインターの位置のスコアでそのペルソナのポイントを追加</translation>
    </message>
    <message>
        <source>Add the neighbouring card to the selection</source>
        <translation>隣のカードを選択に加える</translation>
    </message>
    <message>
        <source>Add the next persona's point here (then Up/Down)</source>
        <translation>次のペルソナのポイントをここに追加（続けて 上/下）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/gaps.py"/>
        <source>Add this gap to the map (Enter)</source>
        <translation>このギャップをマップに追加（Enter）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Add this report as pages after the map (A4 or Letter, landscape)</source>
        <translation>このレポートをマップの後のページとして追加（A4 または Letter、横向き）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/capture.py"/>
        <source>Add to {0}</source>
        <translation>{0} に追加</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Add {0}</source>
        <translation>{0}を追加</translation>
    </message>
    <message>
        <source>added card {0}</source>
        <translation>カードを追加 {0}</translation>
    </message>
    <message>
        <source>added connector {0}</source>
        <translation>コネクタを追加 {0}</translation>
    </message>
    <message>
        <source>added lane {0}</source>
        <translation>レーンを追加 {0}</translation>
    </message>
    <message>
        <source>added map {0}</source>
        <translation>マップを追加 {0}</translation>
    </message>
    <message>
        <source>added metric {0}</source>
        <translation>指標を追加 {0}</translation>
    </message>
    <message>
        <source>added persona {0}</source>
        <translation>ペルソナを追加 {0}</translation>
    </message>
    <message>
        <source>added stage {0}</source>
        <translation>ステージを追加 {0}</translation>
    </message>
    <message>
        <source>added step {0}</source>
        <translation>ステップを追加 {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>Add…</source>
        <translation>追加…</translation>
    </message>
    <message>
        <source>Advocacy</source>
        <translation>推奨</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>午後</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/layout/style.py"/>
        <source>against the source map</source>
        <translation>元のマップと比べて</translation>
    </message>
    <message>
        <source>Aha</source>
        <translation>アハ体験</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>All on one page, one under another</source>
        <translation>すべて1ページに、縦に並べる</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>All on one page, side by side</source>
        <translation>すべて1ページに、横に並べる</translation>
    </message>
    <message>
        <source>All threads</source>
        <translation>すべてのスレッド</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/library_ui.py"/>
        <source>Also open by: {0}</source>
        <translation>他に開いている人: {0}</translation>
    </message>
    <message>
        <source>Alt+Arrow keys</source>
        <translation>Alt+矢印キー</translation>
    </message>
    <message>
        <source>Alt+Left / Alt+Right on a stage or step header</source>
        <translation>ステージまたはステップの見出しで Alt+左 / Alt+右</translation>
    </message>
    <message>
        <source>an input/output error on the disk</source>
        <translation>ディスクで入出力エラーが発生しました</translation>
    </message>
    <message>
        <source>Analytical</source>
        <translation>分析的</translation>
    </message>
    <message>
        <source>analytics</source>
        <translation>アクセス解析</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/mermaid.py"/>
        <source>and {0} more</source>
        <translation>ほか {0} 件</translation>
    </message>
    <message>
        <source>Anecdotal</source>
        <translation>逸話的</translation>
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
        <translation>匿名、参加者 {0} 人</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf_votes.py"/>
        <source>Anonymous: {0} participants</source>
        <translation>匿名：参加者 {0} 人</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/store.py"/>
        <source>another program is writing it</source>
        <translation>別のプログラムが書き込み中です</translation>
    </message>
    <message>
        <source>ARCH E</source>
        <translation>ARCH E</translation>
    </message>
    <message>
        <source>Arrive</source>
        <translation>到着</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>矢印キー</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/preferences.py"/>
        <source>Asked for when you first comment</source>
        <translation>初めてコメントするときに尋ねます</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>at {0} pt the card text needs a page of {1}, more than PDF's {2} mm: add --tile A4, A3 or letter, or ask for a smaller text size</source>
        <translation>カードの文字を {0} pt にすると {1} のページが必要で、PDF の上限 {2} mm を超えます：--tile A4、A3、letter のいずれかを付けるか、文字サイズを小さくしてください</translation>
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
        <translation>B または .</translation>
    </message>
    <message>
        <source>Back to the cards below it</source>
        <translation>下のカードに戻る</translation>
    </message>
    <message>
        <source>Backstage</source>
        <translation>バックステージ</translation>
    </message>
    <message>
        <source>Backstage actions</source>
        <translation>バックステージの行動</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/history/restore.py"/>
        <source>Before restoring {0}</source>
        <translation>{0} を復元する前</translation>
    </message>
    <message>
        <source>Black screen (again to come back)</source>
        <translation>ブラックスクリーン（もう一度押すと戻る）</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>空白</translation>
    </message>
    <message>
        <source>Blueprint lines</source>
        <translation>ブループリントの線</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>本文</translation>
    </message>
    <message>
        <source>body</source>
        <translation>本文</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>C&amp;onnect Selected Cards</source>
        <translation>選択したカードをつなぐ(&amp;O)</translation>
    </message>
    <message>
        <source>C, or just type</source>
        <translation>C、またはそのまま入力</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Cancel editing (a new empty card goes away)</source>
        <translation>編集を取り消す（新しい空のカードは消えます）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Cannot create project</source>
        <translation>プロジェクトを作成できません</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Cannot open project</source>
        <translation>プロジェクトを開けません</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <source>Cannot open {0}: no such file</source>
        <translation>{0} を開けません：そのファイルはありません</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library_copy.py"/>
        <source>cannot publish to {0}: {1}</source>
        <translation>{0} に公開できません: {1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>cannot reach the library {0}: {1}</source>
        <translation>ライブラリ {0} に接続できません: {1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/store.py"/>
        <source>cannot replace {0}: {1}</source>
        <translation>{0} を置き換えられません：{1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Cannot save</source>
        <translation>保存できません</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/owners_report.py"/>
        <source>Cannot save the report</source>
        <translation>レポートを保存できません</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>cannot sign in to the library {0}: {1}</source>
        <translation>ライブラリ {0} にサインインできません: {1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/fileio.py"/>
        <source>cannot write the file</source>
        <translation>ファイルに書き込めません</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Cannot write the project</source>
        <translation>プロジェクトに書き込めません</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/fileio.py"/>
        <source>cannot write {0}: it is a folder</source>
        <translation>{0} に書き込めません：フォルダです</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/fileio.py"/>
        <location filename="../../src/journeyeditor/persistence/store.py"/>
        <source>cannot write {0}: it is not an ordinary file</source>
        <translation>{0} に書き込めません：通常のファイルではありません</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/fileio.py"/>
        <location filename="../../src/journeyeditor/persistence/store.py"/>
        <source>cannot write {0}: the folder {1} does not exist</source>
        <translation>{0} に書き込めません：フォルダ {1} がありません</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/fileio.py"/>
        <source>cannot write {0}: the folder {1} is not writable</source>
        <translation>{0} に書き込めません：フォルダ {1} に書き込み権限がありません</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/fileio.py"/>
        <location filename="../../src/journeyeditor/persistence/store.py"/>
        <source>cannot write {0}: {1}</source>
        <translation>{0} に書き込めません：{1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/fileio.py"/>
        <source>cannot write {0}: {1} is not a folder</source>
        <translation>{0} に書き込めません：{1} はフォルダではありません</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/shortcuts.py"/>
        <source>Canvas</source>
        <translation>キャンバス</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/capture.py"/>
        <source>Capture “{0}”</source>
        <translation>「{0}」を記録</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf_votes.py"/>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>Card</source>
        <translation>カード</translation>
    </message>
    <message>
        <source>card</source>
        <translation>カード</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Card text</source>
        <translation>カードの文字</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>card text {0} pt</source>
        <translation>カードの文字 {0} pt</translation>
    </message>
    <message>
        <source>Card title</source>
        <translation>カードのタイトル</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Card Type</source>
        <translation>カードの種類</translation>
    </message>
    <message>
        <source>Card type</source>
        <translation>カードの種類</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>card type</source>
        <translation>カードの種類</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/layout/style.py"/>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>Card types</source>
        <translation>カードの種類</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>Card “{0}”</source>
        <translation>カード「{0}」</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/reports/comments.py"/>
        <source>Card: {0}</source>
        <translation>カード：{0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/reports/rounds.py"/>
        <source>cards in {0} lanes</source>
        <translation>{0} レーンのカード</translation>
    </message>
    <message>
        <source>Cards of a lane</source>
        <translation>レーンのカード</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/import_dialog.py"/>
        <source>Cards: {0} · stages: {1} · lanes: {2} · {3}</source>
        <translation>カード：{0} · ステージ：{1} · レーン：{2} · {3}</translation>
    </message>
    <message>
        <source>cell</source>
        <translation>セル</translation>
    </message>
    <message>
        <source>CES</source>
        <translation>CES</translation>
    </message>
    <message>
        <source>CES (1 to 7, lower is better)</source>
        <translation>CES（1〜7、低いほど良い）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Change card type</source>
        <translation>カードの種類を変更</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Change emotion scale</source>
        <translation>感情スケールを変更</translation>
    </message>
    <message>
        <source>Change its score</source>
        <translation>スコアを変更</translation>
    </message>
    <message>
        <source>CHANGED</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>changed card {0}</source>
        <translation>カードを変更 {0}</translation>
    </message>
    <message>
        <source>changed connector {0}</source>
        <translation>コネクタを変更 {0}</translation>
    </message>
    <message>
        <source>changed lane {0}</source>
        <translation>レーンを変更 {0}</translation>
    </message>
    <message>
        <source>changed map {0}</source>
        <translation>マップを変更 {0}</translation>
    </message>
    <message>
        <source>changed metric {0}</source>
        <translation>指標を変更 {0}</translation>
    </message>
    <message>
        <source>changed persona {0}</source>
        <translation>ペルソナを変更 {0}</translation>
    </message>
    <message>
        <source>changed stage {0}</source>
        <translation>ステージを変更 {0}</translation>
    </message>
    <message>
        <source>changed step {0}</source>
        <translation>ステップを変更 {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>Changes</source>
        <translation>変更</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Changes not written</source>
        <translation>変更が書き込まれていません</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>チャネル</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>channel</source>
        <translation>チャネル</translation>
    </message>
    <message>
        <source>Channel switch</source>
        <translation>チャネルの切り替え</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>チャネル</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>チャット</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>Choose at least one card type and one lane.</source>
        <translation>カードの種類とレーンを少なくとも1つずつ選んでください。</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/panels.py"/>
        <source>Choose Photo</source>
        <translation>写真を選択</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/panels.py"/>
        <source>Choose Photo…</source>
        <translation>写真を選択…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>Choose two different snapshots to compare</source>
        <translation>比較するには異なるスナップショットを 2 つ選んでください</translation>
    </message>
    <message>
        <source>Choose whose turn it is</source>
        <translation>誰の番かを選ぶ</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/priority_matrix.py"/>
        <source>Clear rating</source>
        <translation>評価をクリア</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/date_field.py"/>
        <source>Clear the date</source>
        <translation>日付をクリア</translation>
    </message>
    <message>
        <source>Click a + handle in the emotion band</source>
        <translation>感情帯の + ハンドルをクリック</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>Click a card to place the active participant's dot.</source>
        <translation>カードをクリックすると、現在の参加者のドットを置きます。</translation>
    </message>
    <message>
        <source>Click a card while a round is open</source>
        <translation>ラウンド中にカードをクリック</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/gaps.py"/>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Close Without Them</source>
        <translation>保存せずに閉じる</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/inspector.py"/>
        <location filename="../../src/journeyeditor/ui/panels.py"/>
        <source>Colour</source>
        <translation>色</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>色</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/shortcuts.py"/>
        <source>Command</source>
        <translation>コマンド</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>コメント</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/comments.py"/>
        <source>Comment deleted (Undo brings it back)</source>
        <translation>コメントを削除しました（元に戻すで復元できます）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/window.py"/>
        <source>Comments</source>
        <translation>コメント</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/window.py"/>
        <source>Comments ({0} open)</source>
        <translation>コメント（未解決 {0} 件）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf_comments.py"/>
        <source>Comments — {0}</source>
        <translation>コメント — {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Comments: bubbles on the map, and a page of its threads</source>
        <translation>コメント：マップ上の吹き出しと、スレッド一覧のページ</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>Compare</source>
        <translation>比較</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>Compare Since</source>
        <translation>指定時点からの比較</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>Compare with</source>
        <translation>比較対象</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Compare with &amp;Source Map</source>
        <translation>元のマップと比較(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>Compare with the latest snapshot taken by a date: 2026-05-31, or 6 months ago</source>
        <translation>指定日（2026-05-31、6 か月前など）までに取った最新のスナップショットと比較</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>Compare with:</source>
        <translation>比較対象：</translation>
    </message>
    <message>
        <source>Connect the selected card to the one you go to</source>
        <translation>選択したカードを移動先のカードにつなぐ</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Connect {0} cards</source>
        <translation>{0} 枚のカードをつなぐ</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Connecting: go to the target card with the arrow keys and press Enter (Esc cancels)</source>
        <translation>接続中：矢印キーで接続先のカードに移動して Enter を押してください（Esc で取り消し）</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>コネクタ</translation>
    </message>
    <message>
        <source>connector</source>
        <translation>コネクタ</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Connector label</source>
        <translation>コネクタのラベル</translation>
    </message>
    <message>
        <source>Consideration</source>
        <translation>検討</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>コンバージョン</translation>
    </message>
    <message>
        <source>Conversion (%)</source>
        <translation>コンバージョン（%）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Copied into {0}</source>
        <translation>{0} にコピーしました</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>Copy a Map</source>
        <translation>マップをコピー</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>Copy a Map…</source>
        <translation>マップをコピー…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/history/restore.py"/>
        <source>Copy map from {0}</source>
        <translation>{0} からマップをコピー</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>件数</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/timer.py"/>
        <source>Countdown</source>
        <translation>カウントダウン</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Create &amp;Day in the Life from This Journey</source>
        <translation>このジャーニーから「ある1日」を作成(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Create &amp;Future State from This Map</source>
        <translation>このマップから将来の状態を作成(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Create day in the life</source>
        <translation>「ある1日」を作成</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Create future state</source>
        <translation>将来の状態を作成</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Create Service &amp;Blueprint from This Journey</source>
        <translation>このジャーニーからサービスブループリントを作成(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Create service blueprint</source>
        <translation>サービスブループリントを作成</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Crop and alignment marks</source>
        <translation>トンボと位置合わせマーク</translation>
    </message>
    <message>
        <source>CSAT (%)</source>
        <translation>CSAT（%）</translation>
    </message>
    <message>
        <source>CSAT (1 to 5)</source>
        <translation>CSAT（1〜5）</translation>
    </message>
    <message>
        <source>CSAT (1–5)</source>
        <translation>CSAT（1〜5）</translation>
    </message>
    <message>
        <source>Ctrl+K, arrows, Enter</source>
        <translation>Ctrl+K、矢印キー、Enter</translation>
    </message>
    <message>
        <source>Ctrl+Right / Ctrl+Left</source>
        <translation>Ctrl+右 / Ctrl+左</translation>
    </message>
    <message>
        <source>Ctrl+wheel</source>
        <translation>Ctrl+ホイール</translation>
    </message>
    <message>
        <source>Ctrl+Z / Ctrl+Shift+Z</source>
        <translation>Ctrl+Z / Ctrl+Shift+Z</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Cu&amp;t</source>
        <translation>切り取り(&amp;T)</translation>
    </message>
    <message>
        <source>Current state</source>
        <translation>現状</translation>
    </message>
    <message>
        <source>Custom KPI</source>
        <translation>カスタム KPI</translation>
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
        <translation>顧客の行動</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Cut</source>
        <translation>切り取り</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>D&amp;uplicate</source>
        <translation>複製(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/library_ui.py"/>
        <source>Database:</source>
        <translation>データベース:</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>day before</source>
        <translation>前日</translation>
    </message>
    <message>
        <source>Day in the life</source>
        <translation>ある1日</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Delete Connector</source>
        <translation>コネクタを削除</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Delete Gap</source>
        <translation>ギャップを削除</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Delete Lane</source>
        <translation>レーンを削除</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Delete Metric</source>
        <translation>指標を削除</translation>
    </message>
    <message>
        <source>Delete on a step header</source>
        <translation>ステップの見出しで Delete</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Delete Point</source>
        <translation>ポイントを削除</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>Delete Round</source>
        <translation>ラウンドを削除</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Delete Stage</source>
        <translation>ステージを削除</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Delete Step</source>
        <translation>ステップを削除</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Delete Step (a stage keeps at least one)</source>
        <translation>ステップを削除（ステージには少なくとも1つ残ります）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/panels.py"/>
        <source>Delete the map</source>
        <translation>マップを削除</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/panels.py"/>
        <source>Delete the persona</source>
        <translation>ペルソナを削除</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>Delete the round “{0}” and its {1} dots? (Undo brings them back.)</source>
        <translation>ラウンド「{0}」とその {1} 個のドットを削除しますか？（元に戻すで復元できます。）</translation>
    </message>
    <message>
        <source>Delete the step and its cards (a stage keeps at least one)</source>
        <translation>ステップとそのカードを削除（ステージには少なくとも1つ残ります）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Delete {0}</source>
        <translation>{0}を削除</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Delete {0} items</source>
        <translation>{0} 個の項目を削除</translation>
    </message>
    <message>
        <source>Department hand-off</source>
        <translation>部門間の引き継ぎ</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Device switch</source>
        <translation>デバイスの切り替え</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Dismiss gap suggestion</source>
        <translation>ギャップの提案を却下</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/gaps.py"/>
        <source>Do not suggest this gap again (Delete)</source>
        <translation>このギャップを今後提案しない（Delete）</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>Dot colour</source>
        <translation>ドットの色</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf_votes.py"/>
        <source>Dots</source>
        <translation>ドット</translation>
    </message>
    <message>
        <source>Double-click a gap's glyph</source>
        <translation>ギャップの記号をダブルクリック</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/owners_report.py"/>
        <source>Double-click an opportunity (or press Enter) to show it on its map.</source>
        <translation>機会をダブルクリック（または Enter）すると、そのマップ上に表示します。</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/canvas/metrics.py"/>
        <source>Double-click to edit</source>
        <translation>ダブルクリックで編集</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Down</source>
        <translation>下</translation>
    </message>
    <message>
        <source>Down on a stage or step header</source>
        <translation>ステージまたはステップの見出しで 下</translation>
    </message>
    <message>
        <source>Drag a stage, step or lane header</source>
        <translation>ステージ、ステップ、レーンの見出しをドラッグ</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/priority_matrix.py"/>
        <source>Drag an opportunity to a cell to rate it, or to the tray to clear its rating. With the keyboard: Tab picks the next one, the arrows move it a cell, Delete clears its rating.</source>
        <translation>機会をセルにドラッグして評価し、トレイにドラッグすると評価をクリアします。キーボードでは、Tab で次を選び、矢印キーで1セル移動、Delete で評価をクリアします。</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Drag onto the map, or press Enter to add one to the selected cell</source>
        <translation>マップにドラッグするか、Enter で選択中のセルに追加</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>見送り</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>期日</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/priority_matrix.py"/>
        <source>due {0}</source>
        <translation>期限 {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <location filename="../../src/journeyeditor/ui/panels.py"/>
        <source>Duplicate</source>
        <translation>複製</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Duplicate map</source>
        <translation>マップを複製</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/panels.py"/>
        <source>Duplicate the map</source>
        <translation>このマップを複製</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>e.g. %, per day, €</source>
        <translation>例：%、1日あたり、€</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>e.g. Docks full</source>
        <translation>例：ドック満杯</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>e.g. Quarterly survey, n = 400</source>
        <translation>例：四半期調査、n = 400</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <source>Each journey becomes a map:</source>
        <translation>各ジャーニーが 1 つのマップになります：</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Each participant needs at least one vote</source>
        <translation>各参加者には少なくとも1票が必要です</translation>
    </message>
    <message>
        <source>Early morning</source>
        <translation>早朝</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/panels.py"/>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Edit &amp;Text</source>
        <translation>テキストを編集(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <source>Edit Evidence</source>
        <translation>エビデンスを編集</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <source>Edit evidence</source>
        <translation>エビデンスを編集</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/gaps.py"/>
        <source>Edit Gap</source>
        <translation>ギャップを編集</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/gaps.py"/>
        <source>Edit gap</source>
        <translation>ギャップを編集</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Edit Gap…</source>
        <translation>ギャップを編集…</translation>
    </message>
    <message>
        <source>Edit its kind and note (Delete removes a selected glyph)</source>
        <translation>種類とメモを編集（Delete で選択中の記号を削除）</translation>
    </message>
    <message>
        <source>Edit its note</source>
        <translation>メモを編集</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Edit Label…</source>
        <translation>ラベルを編集…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>Edit Metric</source>
        <translation>指標を編集</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>Edit metric</source>
        <translation>指標を編集</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Edit Metric…</source>
        <translation>指標を編集…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Edit Note</source>
        <translation>メモを編集</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Edit Text</source>
        <translation>テキストを編集</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/panels.py"/>
        <source>Edit the persona</source>
        <translation>ペルソナを編集</translation>
    </message>
    <message>
        <source>Edit the selected card; add a card in an empty cell</source>
        <translation>選択中のカードを編集、空のセルではカードを追加</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Edit {0}</source>
        <translation>{0}を編集</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>Edit…</source>
        <translation>編集…</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>工数</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>effort</source>
        <translation>工数</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/priority_matrix.py"/>
        <source>Effort →</source>
        <translation>工数 →</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>emotion</source>
        <translation>感情</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Emotion &amp;Notes</source>
        <translation>感情のメモ(&amp;N)</translation>
    </message>
    <message>
        <source>Emotion Average</source>
        <translation>感情の平均</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Emotion notes by the faces</source>
        <translation>表情の横に感情のメモ</translation>
    </message>
    <message>
        <source>Emotion of a persona</source>
        <translation>ペルソナの感情</translation>
    </message>
    <message>
        <source>Emotion point</source>
        <translation>感情ポイント</translation>
    </message>
    <message>
        <source>emotion point</source>
        <translation>感情ポイント</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/layout/style.py"/>
        <source>Emotion scale</source>
        <translation>感情スケール</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>emotion scores from {0} to {1} fit no scale (-2..2, 1..5, -3..3, 1..7, 1..10, 0..10, -5..5, -10..10, 0..100)</source>
        <translation>感情スコア {0}〜{1} に合う尺度がありません（-2..2、1..5、-3..3、1..7、1..10、0..10、-5..5、-10..10、0..100）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/mermaid.py"/>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>Emotions</source>
        <translation>感情</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/canvas/compare.py"/>
        <source>Emotions at the snapshot</source>
        <translation>スナップショット時の感情</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/canvas/compare.py"/>
        <source>Emotions on the source map</source>
        <translation>元のマップの感情</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>end</source>
        <translation>終了日</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Enter / Delete in Suggested Gaps</source>
        <translation>「提案されたギャップ」で Enter / Delete</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/capture.py"/>
        <source>Enter adds · Esc closes</source>
        <translation>Enter で追加 · Esc で閉じる</translation>
    </message>
    <message>
        <source>Enter in the emotion band</source>
        <translation>感情帯で Enter</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/canvas/scene.py"/>
        <source>Enter renames, Alt+Left/Right moves, Delete deletes, Down goes back to the cards</source>
        <translation>Enter で名前を変更、Alt+左/右 で移動、Delete で削除、下 でカードに戻ります</translation>
    </message>
    <message>
        <source>Enter, Backspace while a round is open</source>
        <translation>ラウンド中に Enter、Backspace</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Evening</source>
        <translation>夕方</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/reports/rounds.py"/>
        <source>every card</source>
        <translation>すべてのカード</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/owners_report.py"/>
        <source>Every map</source>
        <translation>すべてのマップ</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Every map of the project</source>
        <translation>プロジェクトのすべてのマップ</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <source>Evidence</source>
        <translation>エビデンス</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>エビデンス</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <source>Evidence file</source>
        <translation>エビデンスのファイル</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/tabular_io.py"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel ブック (*.xlsx)</translation>
    </message>
    <message>
        <source>Expectations</source>
        <translation>期待</translation>
    </message>
    <message>
        <source>expectations</source>
        <translation>期待</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/mermaid.py"/>
        <source>expected 'Task name: score: actor, actor', 'section …' or 'title …'</source>
        <translation>「タスク名: スコア: アクター, アクター」、「section …」、「title …」のいずれかが必要です</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Export &amp;JSON…</source>
        <translation>JSON を書き出す(&amp;J)…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <source>Export &amp;Mermaid…</source>
        <translation>Mermaid を書き出す(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Export &amp;PDF…</source>
        <translation>PDF を書き出す(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Export &amp;XLSX…</source>
        <translation>XLSX を書き出す(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Export CS&amp;V…</source>
        <translation>CSV を書き出す(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/tabular_io.py"/>
        <source>Export CSV</source>
        <translation>CSV を書き出す</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <location filename="../../src/journeyeditor/ui/tabular_io.py"/>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>Export failed</source>
        <translation>書き出しに失敗しました</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Export JSON</source>
        <translation>JSON を書き出す</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <source>Export Mermaid</source>
        <translation>Mermaid を書き出す</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Export P&amp;NG…</source>
        <translation>PNG を書き出す(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Export PDF</source>
        <translation>PDF を書き出す</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Export PDF — {0} sheets</source>
        <translation>PDF を書き出す — {0} 枚</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Export PDF…</source>
        <translation>PDF を書き出す…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <location filename="../../src/journeyeditor/ui/png_dialog.py"/>
        <source>Export PNG</source>
        <translation>PNG を書き出す</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Export PNG…</source>
        <translation>PNG を書き出す…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>Export Results</source>
        <translation>結果を書き出す</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <source>Export S&amp;VG…</source>
        <translation>SVG を書き出す(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <source>Export SVG</source>
        <translation>SVG を書き出す</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/tabular_io.py"/>
        <source>Export XLSX</source>
        <translation>XLSX を書き出す</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Exporting PDF…</source>
        <translation>PDF を書き出しています…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>F&amp;ollow Link</source>
        <translation>リンク先へ移動(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>F&amp;ull Screen</source>
        <translation>全画面表示(&amp;U)</translation>
    </message>
    <message>
        <source>F1 or ?</source>
        <translation>F1 または ?</translation>
    </message>
    <message>
        <source>F2 or Enter on a stage, step or lane header</source>
        <translation>ステージ、ステップ、レーンの見出しで F2 または Enter</translation>
    </message>
    <message>
        <source>F2 or Enter on an emotion face</source>
        <translation>感情の表情で F2 または Enter</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/layout/style.py"/>
        <source>Fail point</source>
        <translation>失敗ポイント</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>fail point</source>
        <translation>失敗ポイント</translation>
    </message>
    <message>
        <source>Fill-ins</source>
        <translation>穴埋め作業</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Find cards (Ctrl+F)</source>
        <translation>カードを検索（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Fit</source>
        <translation>全体</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>fit</source>
        <translation>ページに合わせる</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Fit the map (one page)</source>
        <translation>マップに合わせる（1ページ）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Fit to Window</source>
        <translation>ウィンドウに合わせる</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>For</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>from card</source>
        <translation>接続元のカード</translation>
    </message>
    <message>
        <source>Frontstage</source>
        <translation>フロントステージ</translation>
    </message>
    <message>
        <source>Frontstage actions</source>
        <translation>フロントステージの行動</translation>
    </message>
    <message>
        <source>Future state</source>
        <translation>将来の状態</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>ギャップ</translation>
    </message>
    <message>
        <source>gap</source>
        <translation>ギャップ</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Gap Kind</source>
        <translation>ギャップの種類</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>ギャップ</translation>
    </message>
    <message>
        <source>Go to the neighbouring card, or cell when it is empty</source>
        <translation>隣のカードへ、空ならセルへ移動</translation>
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
        <translation>ヒートマップ</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/heatmap_menu.py"/>
        <source>Heatmap: {0}</source>
        <translation>ヒートマップ：{0}</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>高さ</translation>
    </message>
    <message>
        <source>hidden lines</source>
        <translation>非表示の線</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Hide persona</source>
        <translation>ペルソナを非表示</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>Higher is better</source>
        <translation>高いほど良い</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>History</source>
        <translation>履歴</translation>
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
        <translation>https://… またはファイル</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>アイデア</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>画像</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/panels.py"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>画像 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>インパクト</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>impact</source>
        <translation>インパクト</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/canvas/scene.py"/>
        <source>Impact {0}, effort {1}</source>
        <translation>インパクト {0}、工数 {1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/priority_matrix.py"/>
        <source>impact {0}, effort {1}</source>
        <translation>インパクト {0}、工数 {1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/priority_matrix.py"/>
        <source>Impact →</source>
        <translation>インパクト →</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/import_dialog.py"/>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <location filename="../../src/journeyeditor/ui/tabular_io.py"/>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <source>Import Mermaid Journey</source>
        <translation>Mermaid ジャーニーを読み込む</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <source>Import Mermaid journey</source>
        <translation>Mermaid ジャーニーの読み込み</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/tabular_io.py"/>
        <source>Import {0}</source>
        <translation>{0} をインポート</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <source>Import {0} Mermaid journeys</source>
        <translation>Mermaid ジャーニー {0} 件の読み込み</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>Imported map</source>
        <translation>インポートしたマップ</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/tabular_io.py"/>
        <source>Imported {0}</source>
        <translation>{0} をインポートしました</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <source>Imported {0} maps from {1}</source>
        <translation>{1} から {0} 件のマップを読み込みました</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <source>Imported “{0}” from {1}</source>
        <translation>{1} から「{0}」を読み込みました</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>In lanes</source>
        <translation>対象レーン</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>対面</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>進行中</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <source>In their words (optional)</source>
        <translation>本人の言葉で（任意）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Inspector</source>
        <translation>インスペクター</translation>
    </message>
    <message>
        <source>interview</source>
        <translation>インタビュー</translation>
    </message>
    <message>
        <source>interview, observation, quote…</source>
        <translation>インタビュー、観察、ひとこと…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/store.py"/>
        <source>it carries Journey Editor's signature but not its tables ({0})</source>
        <translation>Journey Editor の署名はありますが、そのテーブルがありません（{0}）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>it has card details but no card title or text</source>
        <translation>カードの詳細がありますが、カードのタイトルも本文もありません</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>フォルダです</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/templates.py"/>
        <source>Journey map</source>
        <translation>ジャーニーマップ</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Journey projects (*.journey)</source>
        <translation>ジャーニープロジェクト (*.journey)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Journey projects (*.journey);;All files (*)</source>
        <translation>ジャーニープロジェクト (*.journey);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/app.py"/>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>journeyeditor: error: {0}</source>
        <translation>journeyeditor: エラー: {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>journeyeditor: skipped {0}</source>
        <translation>journeyeditor：スキップしました {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>journeyeditor: {0}</source>
        <translation>journeyeditor: {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <source>Keep Mermaid's scale on the new maps ({0})</source>
        <translation>新しいマップでは Mermaid のスケールのままにする（{0}）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/shortcuts.py"/>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/shortcuts.py"/>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <location filename="../../src/journeyeditor/ui/gaps.py"/>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>Kind</source>
        <translation>種類</translation>
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
        <translation>ラベル</translation>
    </message>
    <message>
        <source>label</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Label:</source>
        <translation>ラベル：</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Landscape</source>
        <translation>横向き</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>landscape</source>
        <translation>横向き</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf_votes.py"/>
        <source>Lane</source>
        <translation>レーン</translation>
    </message>
    <message>
        <source>lane</source>
        <translation>レーン</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Lane Kind</source>
        <translation>レーンの種類</translation>
    </message>
    <message>
        <source>Lane kind</source>
        <translation>レーンの種類</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>lane kind</source>
        <translation>レーンの種類</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/preferences.py"/>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Leave the presentation</source>
        <translation>プレゼンテーションを終了</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Left</source>
        <translation>左</translation>
    </message>
    <message>
        <source>Left / Right on an emotion face</source>
        <translation>感情の表情で 左 / 右</translation>
    </message>
    <message>
        <source>Left, Up, Page Up, Backspace</source>
        <translation>左、上、Page Up、Backspace</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>リーガル</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/timer.py"/>
        <source>Length:</source>
        <translation>時間：</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>レター</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Letter sheets</source>
        <translation>レター用紙</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/library_ui.py"/>
        <source>Library</source>
        <translation>ライブラリ</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Library password</source>
        <translation>ライブラリのパスワード</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>library {0}: {1} failed ({2})</source>
        <translation>ライブラリ {0}: {1}に失敗しました（{2}）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/panels.py"/>
        <source>Line colour</source>
        <translation>線の色</translation>
    </message>
    <message>
        <source>Line of interaction</source>
        <translation>インタラクションライン</translation>
    </message>
    <message>
        <source>Line of internal interaction</source>
        <translation>内部インタラクションライン</translation>
    </message>
    <message>
        <source>Line of visibility</source>
        <translation>可視ライン</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/mermaid.py"/>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <source>line {0}: {1}</source>
        <translation>{0} 行目：{1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <source>Link</source>
        <translation>リンク</translation>
    </message>
    <message>
        <source>linked map</source>
        <translation>リンク先のマップ</translation>
    </message>
    <message>
        <source>Links to map</source>
        <translation>リンク先のマップ</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/library_ui.py"/>
        <source>List Projects</source>
        <translation>プロジェクト一覧</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>listing the projects</source>
        <translation>プロジェクトの一覧取得</translation>
    </message>
    <message>
        <source>log</source>
        <translation>ログ</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <source>Major projects</source>
        <translation>大型プロジェクト</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>making the catalogue</source>
        <translation>カタログの作成</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>マップ</translation>
    </message>
    <message>
        <source>map</source>
        <translation>マップ</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/import_dialog.py"/>
        <source>Map name:</source>
        <translation>マップ名：</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>Map of “{0}”:</source>
        <translation>「{0}」のマップ：</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/reports/comments.py"/>
        <source>Map: {0}</source>
        <translation>マップ：{0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Maps</source>
        <translation>マップ</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Match {0} of {1}</source>
        <translation>一致 {0} / {1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/shortcuts.py"/>
        <source>Menu</source>
        <translation>メニュー</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <source>Mermaid (*.mmd);;Markdown (*.md)</source>
        <translation>Mermaid (*.mmd);;Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/mermaid.py"/>
        <source>Mermaid does not allow ';' in a journey</source>
        <translation>Mermaid のジャーニーでは「;」は使えません</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <source>Mermaid journeys (*.mmd *.mermaid *.md *.markdown);;All files (*)</source>
        <translation>Mermaid ジャーニー (*.mmd *.mermaid *.md *.markdown);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <source>Mermaid scores tasks from 1 (sad) to 5 (happy).</source>
        <translation>Mermaid はタスクを 1（悲しい）から 5（うれしい）で採点します。</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <source>Method</source>
        <translation>手法</translation>
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
        <translation>マイクロ</translation>
    </message>
    <message>
        <source>Micro-moment</source>
        <translation>マイクロモーメント</translation>
    </message>
    <message>
        <source>Midday</source>
        <translation>昼</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library_copy.py"/>
        <source>mine</source>
        <translation>自分の版</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>分</translation>
    </message>
    <message>
        <source>Mobile app</source>
        <translation>モバイルアプリ</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/timer.py"/>
        <source>Mode:</source>
        <translation>モード：</translation>
    </message>
    <message>
        <source>Moment</source>
        <translation>モーメント</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>moment</source>
        <translation>モーメント</translation>
    </message>
    <message>
        <source>Moment of truth</source>
        <translation>真実の瞬間</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/layout/style.py"/>
        <source>Moments</source>
        <translation>モーメント</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>午前</translation>
    </message>
    <message>
        <source>Move between the panels and the canvas</source>
        <translation>パネルとキャンバスの間を移動</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Move Left</source>
        <translation>左へ移動</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Move One Cell</source>
        <translation>1セル移動</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Move Right</source>
        <translation>右へ移動</translation>
    </message>
    <message>
        <source>Move the selected cards one cell</source>
        <translation>選択中のカードを1セル移動</translation>
    </message>
    <message>
        <source>Move the stage, or the step inside its stage</source>
        <translation>ステージを移動、またはステージ内でステップを移動</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Move {0} cards</source>
        <translation>{0} 枚のカードを移動</translation>
    </message>
    <message>
        <source>moved card {0}</source>
        <translation>カードを移動 {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <location filename="../../src/journeyeditor/ui/panels.py"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Name of the snapshot (e.g. Q3 review):</source>
        <translation>スナップショット名（例: Q3 レビュー）：</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/library_ui.py"/>
        <source>Name the database and the project</source>
        <translation>データベースとプロジェクトを指定してください</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>named</source>
        <translation>名前付き</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>Ne&amp;xt Participant</source>
        <translation>次の参加者(&amp;X)</translation>
    </message>
    <message>
        <source>NEW</source>
        <translation>新規</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/window.py"/>
        <source>New &amp;Voting Round…</source>
        <translation>新しい投票ラウンド(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>New lane</source>
        <translation>新しいレーン</translation>
    </message>
    <message>
        <source>New line while editing a card</source>
        <translation>カードの編集中に改行</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/gallery.py"/>
        <location filename="../../src/journeyeditor/ui/panels.py"/>
        <source>New map</source>
        <translation>新しいマップ</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/panels.py"/>
        <source>New persona</source>
        <translation>新しいペルソナ</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>New project</source>
        <translation>新しいプロジェクト</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/start_page.py"/>
        <source>New Project…</source>
        <translation>新規プロジェクト…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>New stage</source>
        <translation>新しいステージ</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>New Voting Round</source>
        <translation>新しい投票ラウンド</translation>
    </message>
    <message>
        <source>Next / previous stage</source>
        <translation>次 / 前のステージ</translation>
    </message>
    <message>
        <source>Next slide</source>
        <translation>次のスライド</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presenter.py"/>
        <source>Next: {0}</source>
        <translation>次：{0}</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>夜</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/mermaid.py"/>
        <source>No actor</source>
        <translation>アクターなし</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>No card on this map is of these types in these lanes yet.</source>
        <translation>このマップのこれらのレーンには、まだこの種類のカードがありません。</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>no command given (try --help)</source>
        <translation>コマンドが指定されていません（--help を参照）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf_comments.py"/>
        <source>No comments.</source>
        <translation>コメントはありません。</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <source>No Date</source>
        <translation>日付なし</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/date_field.py"/>
        <source>No date</source>
        <translation>日付なし</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/app.py"/>
        <source>no display to show the editor on (neither DISPLAY nor WAYLAND_DISPLAY is set); without one use the commands new, info, import and export (journeyeditor --help)</source>
        <translation>エディタを表示するディスプレイがありません（DISPLAY も WAYLAND_DISPLAY も設定されていません）。ディスプレイがない場合は new、info、import、export コマンドを使ってください（journeyeditor --help）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <source>No evidence yet: this card is a claim nothing backs.</source>
        <translation>まだエビデンスがありません：このカードは裏付けのない主張です。</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/library_ui.py"/>
        <source>No keyring</source>
        <translation>キーリングがありません</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/priority_matrix.py"/>
        <source>No map</source>
        <translation>マップなし</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>no map named {0!r} (maps: {1})</source>
        <translation>{0!r} という名前のマップはありません（マップ：{1}）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>No map named {0}</source>
        <translation>{0} という名前のマップはありません</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/mermaid.py"/>
        <source>no Mermaid journey here ({0} other Mermaid diagrams passed over)</source>
        <translation>Mermaid のジャーニーがありません（ほかの Mermaid 図 {0} 件は読み飛ばしました）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/mermaid.py"/>
        <source>no Mermaid journey here: a journey starts with the line 'journey'</source>
        <translation>Mermaid のジャーニーがありません：ジャーニーは「journey」の行で始まります</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/mermaid.py"/>
        <source>no Mermaid journey here: none of its mermaid blocks holds one</source>
        <translation>Mermaid のジャーニーがありません：どの mermaid ブロックにもジャーニーがありません</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/gaps.py"/>
        <source>No more suggestions: every change of channel, device or owner between neighbouring steps has its gap or was dismissed.</source>
        <translation>これ以上の提案はありません：隣り合うステップ間のチャネル、デバイス、担当者の変化にはすべてギャップがあるか、却下済みです。</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/priority_matrix.py"/>
        <source>no owner</source>
        <translation>担当者なし</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>no period</source>
        <translation>期間なし</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/panels.py"/>
        <source>No photo</source>
        <translation>写真なし</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/start_page.py"/>
        <source>No project open</source>
        <translation>開いているプロジェクトはありません</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>no sheet named {0!r}</source>
        <translation>{0!r} という名前のシートはありません</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>No snapshot taken by “{0}” (dates are 2026-05-31 or 6 months ago)</source>
        <translation>「{0}」までに取ったスナップショットはありません（日付は 2026-05-31 または 6 months ago の形式）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>no stage (and no row above names one)</source>
        <translation>ステージがありません（上の行にもありません）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>No such participant in this round</source>
        <translation>このラウンドにその参加者はいません</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/library_ui.py"/>
        <source>No system keyring is available here, so the password is not kept: it is asked for each time.</source>
        <translation>ここではシステムのキーリングが使えないため、パスワードは保存されません。毎回入力を求めます。</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>No tiling</source>
        <translation>分割しない</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presenter.py"/>
        <source>No votes yet</source>
        <translation>まだ投票はありません</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf_votes.py"/>
        <source>No votes yet.</source>
        <translation>まだ投票はありません。</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presenter.py"/>
        <source>No voting round on this map yet</source>
        <translation>このマップにはまだ投票ラウンドがありません</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>No voting rounds on this map</source>
        <translation>このマップには投票ラウンドがありません</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>未評価</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/priority_matrix.py"/>
        <source>not rated</source>
        <translation>未評価</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/priority_matrix.py"/>
        <source>Not rated ({0})</source>
        <translation>未評価（{0}）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/priority_matrix.py"/>
        <source>Not rated: drag here to clear</source>
        <translation>未評価：ここにドラッグして評価をクリア</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/mermaid.py"/>
        <source>not UTF-8 text (byte {0})</source>
        <translation>UTF-8 のテキストではありません（{0} バイト目）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/gaps.py"/>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presenter.py"/>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <source>Nothing on this computer opens {0}</source>
        <translation>このコンピューターには {0} を開けるものがありません</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/inspector.py"/>
        <source>Nothing selected</source>
        <translation>何も選択されていません</translation>
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
        <translation>NPS（−100〜100）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Number of steps:</source>
        <translation>ステップの数：</translation>
    </message>
    <message>
        <source>observation</source>
        <translation>観察</translation>
    </message>
    <message>
        <source>Of truth</source>
        <translation>真実</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf_comments.py"/>
        <source>On</source>
        <translation>対象</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/library_ui.py"/>
        <source>On this map: {0}</source>
        <translation>このマップを表示中: {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>One page per map</source>
        <translation>マップごとに1ページ</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf_comments.py"/>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Open &amp;Recent</source>
        <translation>最近使ったファイル(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/start_page.py"/>
        <source>Open a project, start a new one, or pick a recent one.</source>
        <translation>プロジェクトを開く、新しく始める、または最近のものを選んでください。</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Open from &amp;Library…</source>
        <translation>ライブラリから開く(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/library_ui.py"/>
        <source>Open from Library</source>
        <translation>ライブラリから開く</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Open it read-only?</source>
        <translation>読み取り専用で開きますか？</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Open project</source>
        <translation>プロジェクトを開く</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>Open Read-Only</source>
        <translation>読み取り専用で開く</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Open Snapshot</source>
        <translation>スナップショットを開く</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Open the &amp;Sample Project</source>
        <translation>サンプルプロジェクトを開く(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <source>Open the item's link</source>
        <translation>項目のリンクを開く</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/start_page.py"/>
        <source>Open the Sample Project</source>
        <translation>サンプルプロジェクトを開く</translation>
    </message>
    <message>
        <source>Open threads</source>
        <translation>未解決のスレッド</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <location filename="../../src/journeyeditor/persistence/store.py"/>
        <source>opened read-only</source>
        <translation>読み取り専用で開いています</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>opening {0!r}</source>
        <translation>{0!r} を開くこと</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/start_page.py"/>
        <source>Open…</source>
        <translation>開く…</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>機会</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Opportunities by &amp;Owner…</source>
        <translation>担当者別の機会(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/owners_report.py"/>
        <source>Opportunities by Owner</source>
        <translation>担当者別の機会</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/owners_report.py"/>
        <source>Opportunities by owner</source>
        <translation>担当者別の機会</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/owners_report.py"/>
        <source>opportunities by owner</source>
        <translation>担当者別の機会</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>機会</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>注文</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Orientation</source>
        <translation>向き</translation>
    </message>
    <message>
        <source>Other gap</source>
        <translation>その他のギャップ</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Overlap</source>
        <translation>重なり</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>overlap widened from {0} to {1} mm so that every sheet is at least a third used</source>
        <translation>どの用紙も3分の1以上使われるよう、重なりを {0} mm から {1} mm に広げました</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presenter.py"/>
        <source>Overview</source>
        <translation>全体表示</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/canvas/scene.py"/>
        <source>Owner: {0}</source>
        <translation>担当者：{0}</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Page</source>
        <translation>ページ</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf_pages.py"/>
        <source>page {0} of {1}</source>
        <translation>{0} / {1} ページ</translation>
    </message>
    <message>
        <source>Pain point</source>
        <translation>ペインポイント</translation>
    </message>
    <message>
        <source>Pain Points</source>
        <translation>ペインポイント</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>ペインポイント</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>パン</translation>
    </message>
    <message>
        <source>Parking lot</source>
        <translation>パーキングロット</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>Participant {0}</source>
        <translation>参加者 {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>Participants</source>
        <translation>参加者</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/library_ui.py"/>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Password:</source>
        <translation>パスワード:</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Paste card</source>
        <translation>カードを貼り付け</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Paste Here</source>
        <translation>ここに貼り付け</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Paste {0} cards</source>
        <translation>{0} 枚のカードを貼り付け</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>PDF export is not available in this build.</source>
        <translation>このビルドでは PDF の書き出しは使えません。</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>アクセスが拒否されました</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/inspector.py"/>
        <location filename="../../src/journeyeditor/ui/panels.py"/>
        <source>Persona</source>
        <translation>ペルソナ</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>persona</source>
        <translation>ペルソナ</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Persona &amp;Sheet</source>
        <translation>ペルソナシート(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/panels.py"/>
        <source>Persona colour</source>
        <translation>ペルソナの色</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Persona sheet (photo, role, quote, goals …) under the legend</source>
        <translation>凡例の下にペルソナシート（写真、役割、ひとこと、目標…）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/layout/persona_sheet.py"/>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Personas</source>
        <translation>ペルソナ</translation>
    </message>
    <message>
        <source>personas shown</source>
        <translation>表示するペルソナ</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/panels.py"/>
        <source>Photo</source>
        <translation>写真</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>写真</translation>
    </message>
    <message>
        <source>Physical evidence</source>
        <translation>物的証拠</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/start_page.py"/>
        <source>Pick a template to add the first map. Maps can be added later from the Map menu or the Maps panel.</source>
        <translation>テンプレートを選んで最初のマップを追加してください。マップは後から「マップ」メニューや「マップ」パネルでも追加できます。</translation>
    </message>
    <message>
        <source>Place the active participant's dot</source>
        <translation>現在の参加者のドットを置く</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>計画済み</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/library_ui.py"/>
        <source>Port:</source>
        <translation>ポート:</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Portrait</source>
        <translation>縦向き</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>portrait</source>
        <translation>縦向き</translation>
    </message>
    <message>
        <source>position</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Postal mail</source>
        <translation>郵便</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>poster at {0} of the size asked so that every sheet is at least a third used</source>
        <translation>どの用紙も3分の1以上使われるよう、ポスターを指定サイズの {0} にしました</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Pr&amp;eferences…</source>
        <translation>環境設定(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/preferences.py"/>
        <source>Preferences</source>
        <translation>環境設定</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/shortcuts.py"/>
        <source>Presentation</source>
        <translation>プレゼンテーション</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presentation.py"/>
        <source>Presentation keys</source>
        <translation>プレゼンテーションのキー</translation>
    </message>
    <message>
        <source>Previous slide</source>
        <translation>前のスライド</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/png_dialog.py"/>
        <source>Print resolution (DPI)</source>
        <translation>印刷解像度（DPI）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Priority Matrix</source>
        <translation>優先度マトリクス</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/priority_matrix.py"/>
        <location filename="../../src/journeyeditor/ui/shortcuts.py"/>
        <source>Priority matrix</source>
        <translation>優先度マトリクス</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Project in use</source>
        <translation>プロジェクトは使用中です</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/library_ui.py"/>
        <source>Project:</source>
        <translation>プロジェクト:</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library_copy.py"/>
        <source>published {0} as {1!r} in {2}</source>
        <translation>{0} を {1!r} として {2} に公開しました</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library_copy.py"/>
        <source>published {0} changes of {1} to {2}</source>
        <translation>{1} の変更 {0} 件を {2} に公開しました</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>publishing {0!r}</source>
        <translation>{0!r} の公開</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>購入</translation>
    </message>
    <message>
        <source>Quick capture: a card in the spotlit stage (Enter adds, Esc closes); a word that begins with B, C, R or T needs C first</source>
        <translation>クイックキャプチャ：スポットライト中のステージにカードを追加（Enter で追加、Esc で閉じる）。B、C、R、T で始まる言葉は先に C を押してください</translation>
    </message>
    <message>
        <source>Quick wins</source>
        <translation>クイックウィン</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <source>Quote</source>
        <translation>ひとこと</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>ひとこと</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf_votes.py"/>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>Rank</source>
        <translation>順位</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Rate opportunity</source>
        <translation>機会を評価</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/comments.py"/>
        <source>Re&amp;open</source>
        <translation>再開(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/comments.py"/>
        <source>Re&amp;solve</source>
        <translation>解決(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Read-only: {0}</source>
        <translation>読み取り専用：{0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>reading {0!r}</source>
        <translation>{0!r} の読み込み</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>受け取り</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/start_page.py"/>
        <source>Recent projects:</source>
        <translation>最近のプロジェクト：</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/library_ui.py"/>
        <source>Remember the password in the system keyring</source>
        <translation>パスワードをシステムのキーリングに保存する</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Remove persona photo</source>
        <translation>ペルソナの写真を削除</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/panels.py"/>
        <source>Remove Photo</source>
        <translation>写真を削除</translation>
    </message>
    <message>
        <source>removed card {0}</source>
        <translation>カードを削除 {0}</translation>
    </message>
    <message>
        <source>removed connector {0}</source>
        <translation>コネクタを削除 {0}</translation>
    </message>
    <message>
        <source>removed lane {0}</source>
        <translation>レーンを削除 {0}</translation>
    </message>
    <message>
        <source>removed map {0}</source>
        <translation>マップを削除 {0}</translation>
    </message>
    <message>
        <source>removed metric {0}</source>
        <translation>指標を削除 {0}</translation>
    </message>
    <message>
        <source>removed persona {0}</source>
        <translation>ペルソナを削除 {0}</translation>
    </message>
    <message>
        <source>removed stage {0}</source>
        <translation>ステージを削除 {0}</translation>
    </message>
    <message>
        <source>removed step {0}</source>
        <translation>ステップを削除 {0}</translation>
    </message>
    <message>
        <source>Rename it (double-click does too)</source>
        <translation>名前を変更（ダブルクリックでも可）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Rename Lane</source>
        <translation>レーン名を変更</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Rename Stage</source>
        <translation>ステージ名を変更</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Rename Step</source>
        <translation>ステップ名を変更</translation>
    </message>
    <message>
        <source>renamed lane {0}</source>
        <translation>レーン名を変更 {0}</translation>
    </message>
    <message>
        <source>renamed map {0}</source>
        <translation>マップ名を変更 {0}</translation>
    </message>
    <message>
        <source>renamed persona {0}</source>
        <translation>ペルソナ名を変更 {0}</translation>
    </message>
    <message>
        <source>renamed stage {0}</source>
        <translation>ステージ名を変更 {0}</translation>
    </message>
    <message>
        <source>renamed step {0}</source>
        <translation>ステップ名を変更 {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Reopen comment</source>
        <translation>コメントを再開</translation>
    </message>
    <message>
        <source>Reorder it; drag its right (or bottom) edge to resize</source>
        <translation>並べ替え。右端（または下端）をドラッグするとサイズ変更</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Reorder {0}</source>
        <translation>{0}を並べ替え</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <location filename="../../src/journeyeditor/workshop/comments.py"/>
        <location filename="../../src/journeyeditor/workshop/window.py"/>
        <source>Reply</source>
        <translation>返信</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Report pages</source>
        <translation>レポートのページ</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <source>Rescale the scores to this map's scale ({0})</source>
        <translation>スコアをこのマップのスケールに換算する（{0}）</translation>
    </message>
    <message>
        <source>Reset the timer (again: hide it)</source>
        <translation>タイマーをリセット（もう一度押すと非表示）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/canvas/scene.py"/>
        <source>Resize stage</source>
        <translation>ステージのサイズを変更</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Resize {0}</source>
        <translation>{0}のサイズを変更</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Resolve comment</source>
        <translation>コメントを解決</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf_comments.py"/>
        <source>Resolved</source>
        <translation>解決済み</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/comments.py"/>
        <source>resolved</source>
        <translation>解決済み</translation>
    </message>
    <message>
        <source>Resolved threads</source>
        <translation>解決済みのスレッド</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/comments.py"/>
        <source>Resolved: shown under Resolved and All</source>
        <translation>解決済み：「解決済み」と「すべて」に表示されます</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>Restore Project</source>
        <translation>プロジェクトを復元</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>Restore Project…</source>
        <translation>プロジェクトを復元…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>Restore the whole project as it was at “{0}”? The present state is kept as a snapshot first, and Edit ▸ Undo takes the restore back.</source>
        <translation>プロジェクト全体を「{0}」の時点に復元しますか？現在の状態は先にスナップショットとして保存され、「編集 ▸ 元に戻す」で復元を取り消せます。</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/history/restore.py"/>
        <source>Restore {0}</source>
        <translation>{0} を復元</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Restyle {0}</source>
        <translation>{0}のスタイルを変更</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>継続利用</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Right</source>
        <translation>右</translation>
    </message>
    <message>
        <source>Right, Down, Page Down, Space, Enter, click</source>
        <translation>右、下、Page Down、Space、Enter、クリック</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>役割</translation>
    </message>
    <message>
        <source>role</source>
        <translation>役割</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>Round {0}</source>
        <translation>ラウンド {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tables.py"/>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>row {0}: {1}</source>
        <translation>{0} 行目：{1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/import_dialog.py"/>
        <source>Rows that cannot be imported: {0}

{1}

Import without them?</source>
        <translation>インポートできない行：{0}

{1}

これらの行を除いてインポートしますか？</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>rows that cannot be imported: {0} (add --skip-bad-rows to import without them): {1}</source>
        <translation>インポートできない行：{0}（--skip-bad-rows を付けるとそれらを除いてインポートします）：{1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Save &amp;As / Duplicate…</source>
        <translation>名前を付けて保存 / 複製(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Save a copy as</source>
        <translation>コピーを保存</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Save a copy of the whole project somewhere else (another disk or folder) before closing?</source>
        <translation>閉じる前に、プロジェクト全体のコピーを別の場所（別のディスクやフォルダ）に保存しますか？</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Save a Copy…</source>
        <translation>コピーを保存…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/owners_report.py"/>
        <source>Save as &amp;CSV…</source>
        <translation>CSV として保存(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/owners_report.py"/>
        <source>Save as &amp;PDF…</source>
        <translation>PDF として保存(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Save S&amp;napshot…</source>
        <translation>スナップショットを保存(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Save Snapshot</source>
        <translation>スナップショットを保存</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/owners_report.py"/>
        <source>Save the report</source>
        <translation>レポートを保存</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/library_ui.py"/>
        <source>Save Unsent Changes to a File…</source>
        <translation>未送信の変更をファイルに保存…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Saved {0}</source>
        <translation>{0} を保存しました</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>say --format {0} (the output's suffix does not tell)</source>
        <translation>--format {0} を指定してください（出力ファイルの拡張子からは判断できません）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <source>Say what backs the card: a method, a source, a link or a quote</source>
        <translation>カードの裏付けを記入：手法、情報源、リンク、ひとこと</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>say where the maps go: -o NEW_FILE, or --into EXISTING_FILE</source>
        <translation>マップの行き先を指定してください：-o 新しいファイル、または --into 既存のファイル</translation>
    </message>
    <message>
        <source>Scale from</source>
        <translation>スケールの下限</translation>
    </message>
    <message>
        <source>scale from</source>
        <translation>尺度の下限</translation>
    </message>
    <message>
        <source>Scale to</source>
        <translation>スケールの上限</translation>
    </message>
    <message>
        <source>scale to</source>
        <translation>尺度の上限</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>シナリオ</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>シナリオ</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Score</source>
        <translation>スコア</translation>
    </message>
    <message>
        <source>score</source>
        <translation>スコア</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Select &amp;All</source>
        <translation>すべて選択(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting.py"/>
        <source>Select a card first (arrow keys), or click one</source>
        <translation>まずカードを選択するか（矢印キー）、クリックしてください</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Select a card or a cell first: the gap goes after its step</source>
        <translation>先にカードかセルを選択してください：ギャップはそのステップの後に入ります</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Select a card, press Ctrl+K, then go to the target card and press Enter; or select several cards to connect them in turn</source>
        <translation>カードを選択して Ctrl+K を押し、つなぎ先のカードに移動して Enter。複数のカードを選択すると順につなぎます</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Select a stage, step or card to add a metric to</source>
        <translation>指標を追加するステージ、ステップ、カードを選択してください</translation>
    </message>
    <message>
        <source>Select the step's header, then the stage's (Left/Right walk them)</source>
        <translation>ステップの見出し、次にステージの見出しを選択（左/右 で移動）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/library_ui.py"/>
        <source>Server:</source>
        <translation>サーバー:</translation>
    </message>
    <message>
        <source>Service blueprint</source>
        <translation>サービスブループリント</translation>
    </message>
    <message>
        <source>Set due date</source>
        <translation>期限を設定</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Set emotion</source>
        <translation>感情を設定</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/canvas/scene.py"/>
        <source>Set emotions</source>
        <translation>感情を設定</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Set persona photo</source>
        <translation>ペルソナの写真を設定</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>状態を設定</translation>
    </message>
    <message>
        <source>Set the timer: minutes, countdown or stopwatch</source>
        <translation>タイマーを設定：分数、カウントダウン、ストップウォッチ</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>Set up a round with New Round…: who votes, how many dots each, on which cards.</source>
        <translation>「新しいラウンド…」でラウンドを設定します：誰が投票するか、1人何ドットか、どのカードに投票するか。</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Several maps</source>
        <translation>複数のマップ</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>sheet {0} is only {1} used: no poster size from {2} to {3} of the one asked, nor an overlap up to {4} mm, uses every sheet to a third</source>
        <translation>用紙 {0} は {1} しか使われません：指定サイズの {2} から {3} のポスターサイズでも、最大 {4} mm の重なりでも、すべての用紙を3分の1以上使うことはできません</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/import_dialog.py"/>
        <source>Sheets (each checked one becomes a map):</source>
        <translation>シート（チェックしたシートがそれぞれマップになります）：</translation>
    </message>
    <message>
        <source>Shift+Arrow keys</source>
        <translation>Shift+矢印キー</translation>
    </message>
    <message>
        <source>Shift+click or right-click a card while a round is open</source>
        <translation>ラウンド中にカードを Shift+クリックまたは右クリック</translation>
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
        <translation>感情が変化 {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/owners_report.py"/>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <location filename="../../src/journeyeditor/workshop/comments.py"/>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/window.py"/>
        <source>Show &amp;Votes</source>
        <translation>投票を表示(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Show in Folder</source>
        <translation>フォルダに表示</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Show persona</source>
        <translation>ペルソナを表示</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/panels.py"/>
        <source>Show this persona on this map: its legend entry, emotion line and sheet</source>
        <translation>このマップにこのペルソナを表示：凡例、感情曲線、シート</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>Since when? Choose, or type a date (2026-05-31) or a snapshot's name:</source>
        <translation>いつから？選ぶか、日付（2026-05-31）またはスナップショット名を入力してください：</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>Since…</source>
        <translation>いつから…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/png_dialog.py"/>
        <source>Size of the image:</source>
        <translation>画像のサイズ：</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Size the page from the card text:</source>
        <translation>カードの文字からページサイズを決める：</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presenter.py"/>
        <source>Slide {0} of {1}: {2}</source>
        <translation>スライド {0} / {1}：{2}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Snapshot “{0}” saved</source>
        <translation>スナップショット「{0}」を保存しました</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>Snapshots</source>
        <translation>スナップショット</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>ソーシャルメディア</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/library_sync.py"/>
        <source>someone</source>
        <translation>誰か</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Someone else changed what “{0}” changed: it can no longer be undone</source>
        <translation>「{0}」で変えた箇所を他の人が変更しました。もう元に戻せません</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>Someone else changed {0} “{1}”{2} meanwhile: your step was not applied and theirs is shown</source>
        <translation>その間に他の人が {0}「{1}」{2} を変更しました。あなたの操作は適用されず、相手の内容を表示しています</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>Someone else removed {0} “{1}” meanwhile: your step was not applied</source>
        <translation>その間に他の人が {0}「{1}」を削除しました。あなたの操作は適用されませんでした</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>Source</source>
        <translation>情報源</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/canvas/metrics.py"/>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>Source: {0}</source>
        <translation>情報源：{0}</translation>
    </message>
    <message>
        <source>Space+drag, middle button</source>
        <translation>Space+ドラッグ、中ボタン</translation>
    </message>
    <message>
        <source>Span</source>
        <translation>スパン</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>span</source>
        <translation>スパン</translation>
    </message>
    <message>
        <source>Spans steps</source>
        <translation>ステップ幅</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Split into Steps</source>
        <translation>ステップに分割</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Split into Steps…</source>
        <translation>ステップに分割…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Split stage into {0} steps</source>
        <translation>ステージを {0} ステップに分割</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/tabular_io.py"/>
        <source>Spreadsheets, Mermaid journeys and projects ({0})</source>
        <translation>スプレッドシート、Mermaid ジャーニー、プロジェクト ({0})</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/inspector.py"/>
        <source>Stage</source>
        <translation>ステージ</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>stage</source>
        <translation>ステージ</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf_votes.py"/>
        <source>Stage / step</source>
        <translation>ステージ / ステップ</translation>
    </message>
    <message>
        <source>Stage 1</source>
        <translation>ステージ 1</translation>
    </message>
    <message>
        <source>Stage 2</source>
        <translation>ステージ 2</translation>
    </message>
    <message>
        <source>Stage 3</source>
        <translation>ステージ 3</translation>
    </message>
    <message>
        <source>Stage 4</source>
        <translation>ステージ 4</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Stage and step metrics show in a lane of kind Metrics: add one to see them on the map</source>
        <translation>ステージとステップの指標は種類「指標」のレーンに表示されます：マップで見るにはそのレーンを追加してください</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>Stage “{0}”</source>
        <translation>ステージ「{0}」</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/reports/comments.py"/>
        <source>Stage: {0}</source>
        <translation>ステージ：{0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>start</source>
        <translation>開始日</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/start_page.py"/>
        <source>Start a map from a template (double-click or Enter):</source>
        <translation>テンプレートからマップを始める（ダブルクリックまたは Enter）：</translation>
    </message>
    <message>
        <source>Start or pause the timer</source>
        <translation>タイマーを開始 / 一時停止</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>Start Voting</source>
        <translation>投票を開始</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Start voting round</source>
        <translation>投票ラウンドを開始</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf_comments.py"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/inspector.py"/>
        <source>Step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/canvas/scene.py"/>
        <location filename="../../src/journeyeditor/reports/comments.py"/>
        <location filename="../../src/journeyeditor/ui/inspector.py"/>
        <source>Step {0}</source>
        <translation>ステップ {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>Step “{0}” of {1}</source>
        <translation>{1} のステップ「{0}」</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/reports/comments.py"/>
        <source>Step: {0}</source>
        <translation>ステップ：{0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>Stop Comparing</source>
        <translation>比較を終了</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/timer.py"/>
        <source>Stopwatch</source>
        <translation>ストップウォッチ</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>店舗</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Suggest &amp;Gaps…</source>
        <translation>ギャップを提案(&amp;G)…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/gaps.py"/>
        <source>Suggested Gaps</source>
        <translation>提案されたギャップ</translation>
    </message>
    <message>
        <source>Support processes</source>
        <translation>支援プロセス</translation>
    </message>
    <message>
        <source>support tickets</source>
        <translation>サポートチケット</translation>
    </message>
    <message>
        <source>survey</source>
        <translation>アンケート</translation>
    </message>
    <message>
        <source>survey, analytics, logs, support tickets…</source>
        <translation>アンケート、アクセス解析、ログ、サポートチケット…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/preferences.py"/>
        <source>System default</source>
        <translation>システムの既定</translation>
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
        <translation>マップ上で Tab</translation>
    </message>
    <message>
        <source>Tabloid</source>
        <translation>タブロイド</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>Take back a dot of the active participant: from the selected card, else their last one (Shift+click or right-click a card does too)</source>
        <translation>現在の参加者のドットを1つ取り消します：選択したカードから、なければ最後に置いたものを（カードを Shift+クリックまたは右クリックしても同じ）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Take back vote</source>
        <translation>投票を取り消す</translation>
    </message>
    <message>
        <source>Take one of their dots back</source>
        <translation>ドットを1つ取り消す</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>Tally</source>
        <translation>集計</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>Target</source>
        <translation>目標</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/canvas/metrics.py"/>
        <source>Target {0}: met</source>
        <translation>目標 {0}：達成</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/canvas/metrics.py"/>
        <source>Target {0}: missed</source>
        <translation>目標 {0}：未達成</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>Thankless tasks</source>
        <translation>割に合わない作業</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/model/project.py"/>
        <source>that persona already has a point at that step</source>
        <translation>そのペルソナにはこのステップのポイントがすでにあります</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>That snapshot has no maps</source>
        <translation>そのスナップショットにはマップがありません</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/mermaid.py"/>
        <source>the accDescr block has no closing brace</source>
        <translation>accDescr のブロックに閉じ波かっこがありません</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/gaps.py"/>
        <source>The cards change channel, device or owner between these neighbouring steps. Accept a suggestion (Enter) to mark the gap on the map, or dismiss it (Delete) so it is not offered again.</source>
        <translation>これらの隣り合うステップの間で、カードのチャネル、デバイス、担当者が変わっています。提案を受け入れる（Enter）とマップにギャップを記し、却下する（Delete）と今後は提案されません。</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/store.py"/>
        <source>the disk is full</source>
        <translation>ディスクがいっぱいです</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>ディスクが読み取り専用です</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>ディスクのクォータを使い切りました</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>the emotion {0} differs from the {1} of row {2} at the same step</source>
        <translation>感情 {0} が同じステップの {2} 行目の {1} と異なります</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presenter.py"/>
        <source>The end</source>
        <translation>終わり</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tables.py"/>
        <source>the file</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/store.py"/>
        <source>the file cannot be opened</source>
        <translation>ファイルを開けません</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/store.py"/>
        <source>the file is damaged</source>
        <translation>ファイルが破損しています</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tables.py"/>
        <source>the file is neither UTF-8 nor UTF-16 (byte {0}): save it as "CSV UTF-8" and import it again</source>
        <translation>ファイルは UTF-8 でも UTF-16 でもありません（{0} バイト目）：「CSV UTF-8」で保存し直してからインポートしてください</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/store.py"/>
        <source>the file is read-only</source>
        <translation>ファイルは読み取り専用です</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/store.py"/>
        <source>the file or its folder is read-only</source>
        <translation>ファイルまたはそのフォルダが読み取り専用です</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tables.py"/>
        <source>the file says it is UTF-16 but is not: {0}</source>
        <translation>ファイルは UTF-16 と示していますが、そうではありません：{0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>the heatmap is one of {0}</source>
        <translation>ヒートマップは次のいずれかです：{0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/png.py"/>
        <source>the image could not be encoded as PNG</source>
        <translation>画像を PNG にエンコードできませんでした</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/png.py"/>
        <source>The image would be {0} x {1} pixels; choose a smaller --scale</source>
        <translation>画像が {0} × {1} ピクセルになります。--scale を小さくしてください</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>the input is nested too deeply to read</source>
        <translation>入力の入れ子が深すぎて読み込めません</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/capture.py"/>
        <source>The lane the card goes in</source>
        <translation>カードを置くレーン</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>The last changes could not be written to {0}.</source>
        <translation>最後の変更を {0} に書き込めませんでした。</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>the layout is one of {0}</source>
        <translation>レイアウトは次のいずれかです：{0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>the library project {0!r} has schema {1}, older than this Journey Editor's {2}</source>
        <translation>ライブラリのプロジェクト {0!r} のスキーマは {1} で、この Journey Editor の {2} より古いです</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>the library project {0!r} was written by a newer Journey Editor (schema {1}, this one knows {2}); update Journey Editor to open it</source>
        <translation>ライブラリのプロジェクト {0!r} は新しい Journey Editor で書かれています（スキーマ {1}、このバージョンは {2} まで）。開くには Journey Editor を更新してください</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/library_ui.py"/>
        <source>The library server cannot be reached: the map is read-only until it is back.</source>
        <translation>ライブラリのサーバーに接続できません。復旧するまでマップは読み取り専用です。</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/library_sync.py"/>
        <source>the library server cannot be reached; your unsent changes are kept</source>
        <translation>ライブラリのサーバーに接続できません。未送信の変更は保持されています</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/library_ui.py"/>
        <source>The library server is back; every change is sent</source>
        <translation>ライブラリのサーバーが復旧しました。すべての変更を送信しました</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>the library {0} has a project named {1!r} already</source>
        <translation>ライブラリ {0} には {1!r} という名前のプロジェクトがすでにあります</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presentation.py"/>
        <source>The map has no stage to add a card to</source>
        <translation>カードを追加できるステージがマップにありません</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>名前が長すぎます</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>the orientation is landscape or portrait</source>
        <translation>向きは landscape か portrait です</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>the output would overwrite the project file</source>
        <translation>出力がプロジェクトファイルを上書きしてしまいます</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>the overlap must be between {0} and {1} mm</source>
        <translation>重なりは {0} から {1} mm の間にしてください</translation>
    </message>
    <message>
        <source>The overview / the last slide</source>
        <translation>全体表示 / 最後のスライド</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>The period ends before it starts</source>
        <translation>期間の終わりが始まりより前です</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>The period's {0} must be a date like 2026-04-01</source>
        <translation>期間の{0}は 2026-04-01 のような日付にしてください</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/photos.py"/>
        <source>the photo could not be stored as {0}</source>
        <translation>写真を {0} として保存できませんでした</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>the poster covers only {0} of one {1} sheet: it needs no tiling</source>
        <translation>ポスターは {1} 用紙1枚の {0} にしかなりません：分割は不要です</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>the poster fits on one {0} sheet</source>
        <translation>ポスターは {0} 用紙1枚に収まります</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>the project has no maps</source>
        <translation>プロジェクトにマップがありません</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library_copy.py"/>
        <source>the project's title</source>
        <translation>プロジェクトのタイトル</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>The project's window is closed or cannot be edited</source>
        <translation>プロジェクトのウィンドウが閉じているか、編集できません</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presenter.py"/>
        <source>The room sees a black screen (B brings the map back)</source>
        <translation>会場には黒い画面が表示されます（B でマップに戻る）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>The round whose dots the cards show</source>
        <translation>カードにドットを表示するラウンド</translation>
    </message>
    <message>
        <source>The same persona's next face</source>
        <translation>同じペルソナの次の表情</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>The scale's lower end must be below its upper end</source>
        <translation>スケールの下限は上限より小さくしてください</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/inspector.py"/>
        <source>The scale's lower end must be below its upper end ({0} … {1})</source>
        <translation>スケールの下限は上限より小さくしてください（{0} … {1}）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/mermaid.py"/>
        <source>the score {0!r} is not a number from 0 to 5</source>
        <translation>スコア {0!r} は 0〜5 の数ではありません</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/mermaid.py"/>
        <source>the score {0} is outside Mermaid's 0 to 5</source>
        <translation>スコア {0} は Mermaid の 0〜5 の範囲外です</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <source>The scores keep Mermaid's scale ({0}), as this map's.</source>
        <translation>スコアは Mermaid のスケール（{0}）のままです。このマップと同じです。</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>The selection links to no map</source>
        <translation>選択したものはどのマップにもリンクしていません</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>The smallest text on cards, as printed: the page (or the number of sheets) is chosen to print it this big</source>
        <translation>印刷したときのカード上の最小の文字サイズ：この大きさで印刷できるようページ（または用紙の枚数）を決めます</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/capture.py"/>
        <source>The step the card goes in</source>
        <translation>カードを置くステップ</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>The target must be a number, or empty for none</source>
        <translation>目標は数値にしてください（なしの場合は空欄）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>the text size must be between {0} and {1} pt</source>
        <translation>文字サイズは {0} から {1} pt の間にしてください</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>The value must be a number</source>
        <translation>値は数値にしてください</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presenter.py"/>
        <source>The whole map: {0}</source>
        <translation>マップ全体：{0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library_copy.py"/>
        <source>theirs</source>
        <translation>相手の版</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Then report pages: {0}</source>
        <translation>続いてレポートのページ：{0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>there is already a map named {0!r}; choose another --name</source>
        <translation>{0!r} という名前のマップはすでにあります。別の --name を選んでください</translation>
    </message>
    <message>
        <source>These keys</source>
        <translation>このキー一覧</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/mermaid.py"/>
        <source>this journey has no sections or tasks: nothing to import</source>
        <translation>このジャーニーには section もタスクもありません：読み込むものがありません</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/owners_report.py"/>
        <source>This map</source>
        <translation>このマップ</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/priority_matrix.py"/>
        <source>This map has no opportunities or ideas yet: add them in its Opportunities lane.</source>
        <translation>このマップにはまだ機会やアイデアがありません：「機会」レーンに追加してください。</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>This map was not made from another map</source>
        <translation>このマップは他のマップから作られていません</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/owners_report.py"/>
        <source>This map: {0}</source>
        <translation>このマップ：{0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <location filename="../../src/journeyeditor/ui/tabular_io.py"/>
        <source>This project is read-only</source>
        <translation>このプロジェクトは読み取り専用です</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presentation.py"/>
        <source>This project is read-only: nothing can be added</source>
        <translation>このプロジェクトは読み取り専用です：何も追加できません</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <location filename="../../src/journeyeditor/workshop/capture.py"/>
        <source>This project is read-only: {0}</source>
        <translation>このプロジェクトは読み取り専用です：{0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>This round does not vote on this card</source>
        <translation>このラウンドではこのカードに投票しません</translation>
    </message>
    <message>
        <source>Thought</source>
        <translation>考え</translation>
    </message>
    <message>
        <source>Thoughts</source>
        <translation>考え</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf_comments.py"/>
        <source>Thread</source>
        <translation>スレッド</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/comments.py"/>
        <source>Thread deleted (Undo brings it back)</source>
        <translation>スレッドを削除しました（元に戻すで復元できます）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Tiles</source>
        <translation>分割</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>tiles are A4, A3 or letter</source>
        <translation>分割用紙は A4、A3、letter のいずれかです</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Time (min)</source>
        <translation>時間（分）</translation>
    </message>
    <message>
        <source>Time (minutes, lower is better)</source>
        <translation>時間（分、短いほど良い）</translation>
    </message>
    <message>
        <source>Time in minutes</source>
        <translation>所要時間（分）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>time in minutes</source>
        <translation>所要時間（分）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presenter.py"/>
        <location filename="../../src/journeyeditor/workshop/timer.py"/>
        <source>Time's up</source>
        <translation>時間です</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/timer.py"/>
        <source>Timer</source>
        <translation>タイマー</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presenter.py"/>
        <source>Timer: T starts it, Shift+T sets it</source>
        <translation>タイマー：T で開始、Shift+T で設定</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>to card</source>
        <translation>接続先のカード</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>タッチポイント</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>タッチポイント</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/library_ui.py"/>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Try Again</source>
        <translation>再試行</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Two-Way</source>
        <translation>双方向</translation>
    </message>
    <message>
        <source>Two-way</source>
        <translation>双方向</translation>
    </message>
    <message>
        <source>two-way</source>
        <translation>双方向</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>type</source>
        <translation>種類</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/capture.py"/>
        <source>Type what the room says, then Enter</source>
        <translation>会場の発言を入力して Enter</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/capture.py"/>
        <source>Type what to put on the card first</source>
        <translation>先にカードに書く内容を入力してください</translation>
    </message>
    <message>
        <source>Undo / redo</source>
        <translation>元に戻す / やり直し</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>Unit</source>
        <translation>単位</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>unknown page size {0!r} (use A0–A5, letter, legal, tabloid, arch-e, WxHmm, WxHin or fit)</source>
        <translation>不明なページサイズ {0!r}（A0–A5、letter、legal、tabloid、arch-e、WxHmm、WxHin、fit のいずれかを使ってください）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>unknown report {0} (choose from {1})</source>
        <translation>不明なレポート {0}（{1} から選んでください）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>unknown text size {0!r} (write it like 12pt or 4mm)</source>
        <translation>不明な文字サイズ {0!r}（12pt や 4mm のように書いてください）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <source>untitled</source>
        <translation>無題</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/templates.py"/>
        <source>Untitled project</source>
        <translation>無題のプロジェクト</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Untitled.journey</source>
        <translation>無題.journey</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Up</source>
        <translation>上</translation>
    </message>
    <message>
        <source>Up / Down on an emotion face</source>
        <translation>感情の表情で 上 / 下</translation>
    </message>
    <message>
        <source>Up from the top lane</source>
        <translation>最上段のレーンから 上</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/library_ui.py"/>
        <source>User:</source>
        <translation>ユーザー:</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>value</source>
        <translation>値</translation>
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
        <translation>選択したカードに投票／そこからドットを取り消す</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>Vote on</source>
        <translation>投票の対象</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf_votes.py"/>
        <location filename="../../src/journeyeditor/workshop/presenter.py"/>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>Votes</source>
        <translation>票</translation>
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
        <translation>投票結果：カード上に最新ラウンドのドット、ラウンドごとに結果ページ</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presenter.py"/>
        <source>Voting round</source>
        <translation>投票ラウンド</translation>
    </message>
    <message>
        <source>voting round</source>
        <translation>投票ラウンド</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>待ち時間</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/layout/style.py"/>
        <source>Wait point</source>
        <translation>待ちポイント</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>wait point</source>
        <translation>待ちポイント</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>ウェブ</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/import_dialog.py"/>
        <source>What each column holds:</source>
        <translation>各列の内容：</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/gaps.py"/>
        <source>What happens here, and what it costs the customer</source>
        <translation>ここで何が起き、顧客にどんな負担がかかるか</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>していること</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/gaps.py"/>
        <location filename="../../src/journeyeditor/ui/inspector.py"/>
        <source>Where</source>
        <translation>場所</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <source>Who or what: a study, a report, a participant</source>
        <translation>誰または何か：調査、レポート、参加者</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>Whose turn it is: click, or press 1–9 or Tab on the map</source>
        <translation>誰の番か：クリックするか、マップ上で 1–9 または Tab を押します</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>幅</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Workshop</source>
        <translation>ワークショップ</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/comments.py"/>
        <source>Write a comment</source>
        <translation>コメントを書く</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/preferences.py"/>
        <source>Your &amp;name (on comments)</source>
        <translation>あなたの名前(&amp;N)（コメントに表示）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>your database role may only read this library</source>
        <translation>あなたのデータベースロールはこのライブラリを読むことしかできません</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/comments.py"/>
        <source>Your Name</source>
        <translation>あなたの名前</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/comments.py"/>
        <source>Your name, shown on your comments (Edit ▸ Preferences changes it):</source>
        <translation>コメントに表示されるあなたの名前（「編集 ▸ 環境設定」で変更できます）：</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/library_ui.py"/>
        <source>Your unsent change is kept and sent then.</source>
        <translation>未送信の変更は保持され、そのときに送信されます。</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>ズーム</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Zoom &amp;In</source>
        <translation>拡大(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Zoom &amp;Out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>{0!r} is not a date (YYYY-MM-DD)</source>
        <translation>{0!r} は日付ではありません（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>{0!r} is not a number ({1})</source>
        <translation>{0!r} は数値ではありません（{1}）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>{0!r} is not a {1}</source>
        <translation>{0!r} は有効な{1}ではありません</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>{0!r} is not yes or no ({1})</source>
        <translation>{0!r} ははい／いいえではありません（{1}）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>{0} %</source>
        <translation>{0}%</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>{0} (copy)</source>
        <translation>{0}（コピー）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/canvas/compare.py"/>
        <source>{0} (from the source map)</source>
        <translation>{0}（元のマップとの違い）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/canvas/compare.py"/>
        <source>{0} (since the snapshot)</source>
        <translation>{0}（スナップショット以降）</translation>
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
        <translation>{0} はすでにあります（置き換えるには --force）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/canvas/scene.py"/>
        <source>{0} analytical evidence</source>
        <translation>分析的エビデンス {0} 件</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/canvas/scene.py"/>
        <source>{0} anecdotal evidence</source>
        <translation>逸話的エビデンス {0} 件</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/history/diff.py"/>
        <source>{0} at {1}</source>
        <translation>{1} での {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/tabular_io.py"/>
        <source>{0} cannot be imported: {1}</source>
        <translation>{0} をインポートできません：{1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/photos.py"/>
        <source>{0} cannot be read: {1}</source>
        <translation>{0} を読み込めません：{1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/reports/rounds.py"/>
        <source>{0} cards</source>
        <translation>{0} カード</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/reports/rounds.py"/>
        <source>{0} cards in {1} lanes</source>
        <translation>{1} レーンの {0} カード</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>{0} cards on this map can be voted on.</source>
        <translation>このマップでは {0} 枚のカードに投票できます。</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>{0} changes from {1} to {2}</source>
        <translation>{1} から {2} までの変更 {0} 件</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>{0} changes since {1}</source>
        <translation>{1} 以降の変更 {0} 件</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>{0} claims without evidence</source>
        <translation>エビデンスのない主張 {0} 件</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/store.py"/>
        <source>{0} could not be opened ({1})</source>
        <translation>{0} を開けませんでした（{1}）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/photos.py"/>
        <source>{0} could not be read as an image ({1})</source>
        <translation>{0} を画像として読み込めませんでした（{1}）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/store.py"/>
        <source>{0} could not be read: {1}</source>
        <translation>{0} を読み込めませんでした：{1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>{0} differences from {1}</source>
        <translation>{1} との違い {0} 件</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf_votes.py"/>
        <source>{0} dots each</source>
        <translation>1人 {0} ドット</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>{0} dots each on {1}; {2}; started {3}.</source>
        <translation>1人 {0} ドット、対象：{1}。{2}。開始：{3}。</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library_copy.py"/>
        <source>{0} entities were changed both in {1} and in the library since the fetch: {2}. Nothing was published; say which side wins with --keep mine or --keep theirs</source>
        <translation>取得以降、{0} 件の項目が {1} とライブラリの両方で変更されました: {2}。何も公開していません。--keep mine か --keep theirs でどちらを優先するか指定してください</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/filecheck.py"/>
        <source>{0} has an unfinished write ({0}-journal) and is read-only: make the file and its folder writable so it can be recovered</source>
        <translation>{0} には書き込み途中のデータ（{0}-journal）があり、読み取り専用です：復旧できるよう、ファイルとフォルダを書き込み可能にしてください</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting.py"/>
        <source>{0} has no dot on this card</source>
        <translation>{0} はこのカードにドットを置いていません</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting.py"/>
        <source>{0} has no dots to take back</source>
        <translation>{0} には取り消せるドットがありません</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/start_page.py"/>
        <source>{0} has no map yet</source>
        <translation>{0} にはまだマップがありません</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>{0} has no votes left</source>
        <translation>{0} には残りの票がありません</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/filecheck.py"/>
        <source>{0} is a database of another program, not a Journey Editor project</source>
        <translation>{0} は別のプログラムのデータベースで、Journey Editor のプロジェクトではありません</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/filecheck.py"/>
        <source>{0} is damaged (integrity check: {1})</source>
        <translation>{0} は破損しています（整合性チェック：{1}）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/filecheck.py"/>
        <source>{0} is damaged ({1})</source>
        <translation>{0} は破損しています（{1}）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/filecheck.py"/>
        <source>{0} is damaged and could not be recovered ({1})</source>
        <translation>{0} は破損しており、復旧できませんでした（{1}）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/filecheck.py"/>
        <source>{0} is damaged: it has no file format version</source>
        <translation>{0} は破損しています：ファイル形式のバージョンがありません</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/filecheck.py"/>
        <source>{0} is damaged: the file is cut short</source>
        <translation>{0} は破損しています：ファイルが途中で切れています</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/filecheck.py"/>
        <source>{0} is empty (0 bytes): not a Journey Editor project</source>
        <translation>{0} は空です（0 バイト）：Journey Editor のプロジェクトではありません</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>{0} is for {1} exports, not {2}</source>
        <translation>{0} は {1} の書き出し用で、{2} には使えません</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>{0} is not a Journey Editor library (run: journeyeditor library init {1})</source>
        <translation>{0} は Journey Editor のライブラリではありません（実行: journeyeditor library init {1}）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/filecheck.py"/>
        <source>{0} is not a Journey Editor project (not a database file)</source>
        <translation>{0} は Journey Editor のプロジェクトではありません（データベースファイルではありません）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/photos.py"/>
        <source>{0} is not a PNG or JPEG image</source>
        <translation>{0} は PNG でも JPEG でもありません</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library_copy.py"/>
        <location filename="../../src/journeyeditor/persistence/store.py"/>
        <source>{0} is open in another Journey Editor window or program; close it there before replacing it</source>
        <translation>{0} は別の Journey Editor のウィンドウかプログラムで開かれています。置き換える前にそちらで閉じてください</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>{0} is open in another Journey Editor window or program; close it there first, or derive the map in that window</source>
        <translation>{0} は別の Journey Editor のウィンドウかプログラムで開かれています。先にそちらで閉じるか、そのウィンドウでマップを派生させてください</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>{0} is open in another Journey Editor window or program; close it there first, or import in that window</source>
        <translation>{0} は別の Journey Editor ウィンドウかプログラムで開かれています。そちらで閉じるか、そのウィンドウでインポートしてください</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/store.py"/>
        <source>{0} is open in another Journey Editor window or program; it can be opened read-only</source>
        <translation>{0} は別の Journey Editor のウィンドウかプログラムで開かれています。読み取り専用でなら開けます</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <location filename="../../src/journeyeditor/persistence/store.py"/>
        <source>{0} is read-only ({1})</source>
        <translation>{0} は読み取り専用です（{1}）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/photos.py"/>
        <source>{0} is {1} MB: a photo may be at most {2} MB</source>
        <translation>{0} は {1} MB です：写真は {2} MB までです</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>{0} is {1} mm wide and {2} mm high, so {3}: leave out --orientation {4}, or give the size the other way round</source>
        <translation>{0} は幅 {1} mm、高さ {2} mm なので{3}です：--orientation {4} を外すか、サイズを逆に指定してください</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>{0} maps side by side</source>
        <translation>{0} 枚のマップを横に並べて</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>{0} maps stacked</source>
        <translation>{0} 枚のマップを縦に並べて</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>{0} maps, {1} cards</source>
        <translation>マップ {0} 件、カード {1} 枚</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>{0} matches</source>
        <translation>{0} 件一致</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>{0} must be a whole number from {1} to {2}, not {3!r}</source>
        <translation>{0} は {1} から {2} までの整数でなければなりません（{3!r} ではなく）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library_copy.py"/>
        <source>{0} now holds the library's project as it is after the publish</source>
        <translation>{0} は公開後のライブラリのプロジェクトと同じ内容になりました</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/history/diff.py"/>
        <source>{0} of {1}</source>
        <translation>{1} の {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/comments.py"/>
        <source>{0} open</source>
        <translation>未解決 {0} 件</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf_comments.py"/>
        <source>{0} open, {1} resolved</source>
        <translation>未解決 {0} 件、解決済み {1} 件</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/owners_report.py"/>
        <source>{0} opportunities, {1} owners</source>
        <translation>機会 {0} 件、担当者 {1} 人</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>{0} participants</source>
        <translation>参加者 {0} 人</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>{0} results</source>
        <translation>{0} の結果</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>{0} selected</source>
        <translation>{0} 個を選択中</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>{0} sheets of {1} ({2} × {3} and an assembly sheet), {4}, overlap {5} mm; least used sheet {6}</source>
        <translation>{1} 用紙 {0} 枚（{2} × {3} と組み立て用1枚）、{4}、重なり {5} mm、最も使われない用紙 {6}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>{0} sheets of {1} {2} and this one; overlap {3} mm; the poster is {4}; card text {5} pt</source>
        <translation>{1} 用紙（{2}）{0} 枚とこの1枚、重なり {3} mm、ポスターは {4}、カードの文字 {5} pt</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>{0} tiles</source>
        <translation>{0} 分割</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <source>{0} to {1}</source>
        <translation>{0}〜{1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting.py"/>
        <source>{0} took a dot back: {1} left</source>
        <translation>{0} がドットを1つ取り消しました：残り {1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting.py"/>
        <source>{0} voted for “{1}” and has no dots left (Tab: next participant)</source>
        <translation>{0} が「{1}」に投票し、ドットを使い切りました（Tab：次の参加者）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting.py"/>
        <source>{0} voted for “{1}”: {2} left</source>
        <translation>{0} が「{1}」に投票しました：残り {2}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <source>{0} was not imported:</source>
        <translation>{0} は読み込まれませんでした：</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/filecheck.py"/>
        <source>{0} was saved by a newer Journey Editor (file format {1}; this version reads up to {2}). Update Journey Editor to open it.</source>
        <translation>{0} は新しい Journey Editor で保存されています（ファイル形式 {1}、このバージョンが読めるのは {2} まで）。開くには Journey Editor を更新してください。</translation>
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
        <translation>{0} × {1} インチ</translation>
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
        <translation>{0} × {1} ピクセル</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>{0} — day in the life</source>
        <translation>{0} — ある1日</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>{0} — future state</source>
        <translation>{0} — 将来の状態</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presentation.py"/>
        <source>{0} — Presentation</source>
        <translation>{0} — プレゼンテーション</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presenter.py"/>
        <source>{0} — Presenter view</source>
        <translation>{0} — 発表者ビュー</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>{0} — service blueprint</source>
        <translation>{0} — サービスブループリント</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/document.py"/>
        <source>{0} — snapshot “{1}” (read-only)</source>
        <translation>{0} — スナップショット「{1}」（読み取り専用）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>{0} — {1} maps</source>
        <translation>{0} — {1} 枚のマップ</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>{0} — {1}, {2}</source>
        <translation>{0} — {1}、{2}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>{0} — {1}: poster {2}, {3}</source>
        <translation>{0} — {1}：ポスター {2}、{3}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/catalogue.py"/>
        <source>{0}%</source>
        <translation>{0}%</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting.py"/>
        <source>{0}'s turn: {1} dots left</source>
        <translation>{0} の番：残り {1} ドット</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/gaps.py"/>
        <source>{0}, step {1}</source>
        <translation>{0}、ステップ {1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting.py"/>
        <source>{0}: 1 dot left</source>
        <translation>{0}：残り 1 ドット</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/store.py"/>
        <source>{0}: already exists</source>
        <translation>{0}：すでにあります</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>{0}: an @ in the user name or password must be written %40 (or give the password in PGPASSWORD)</source>
        <translation>{0}：ユーザー名やパスワードの @ は %40 と書いてください（またはパスワードを PGPASSWORD で渡してください）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>{0}: cannot add a map: {1}</source>
        <translation>{0}：マップを追加できません：{1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/filecheck.py"/>
        <source>{0}: cannot be read ({1})</source>
        <translation>{0}：読み込めません（{1}）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tables.py"/>
        <source>{0}: every sheet is empty</source>
        <translation>{0}：すべてのシートが空です</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <location filename="../../src/journeyeditor/persistence/store.py"/>
        <source>{0}: is a folder</source>
        <translation>{0}：フォルダです</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/filecheck.py"/>
        <source>{0}: is a folder, not a project file</source>
        <translation>{0}：フォルダであり、プロジェクトファイルではありません</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <location filename="../../src/journeyeditor/persistence/filecheck.py"/>
        <source>{0}: is not an ordinary file (a pipe, socket or device)</source>
        <translation>{0}：通常のファイルではありません（パイプ、ソケット、デバイスのいずれか）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>{0}: no project named {1!r} in the library</source>
        <translation>{0}: ライブラリに {1!r} という名前のプロジェクトはありません</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/app.py"/>
        <location filename="../../src/journeyeditor/cli.py"/>
        <location filename="../../src/journeyeditor/persistence/filecheck.py"/>
        <source>{0}: no such file</source>
        <translation>{0}：ファイルがありません</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>{0}: not a library address (postgresql://user@host:port/database)</source>
        <translation>{0}: ライブラリのアドレスではありません（postgresql://user@host:port/database）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tables.py"/>
        <source>{0}: not an XLSX workbook ({1})</source>
        <translation>{0}：XLSX ブックではありません（{1}）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>{0}: the address names no database</source>
        <translation>{0}: アドレスにデータベース名がありません</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <location filename="../../src/journeyeditor/persistence/store.py"/>
        <source>{0}: the last change could not be written ({1}); it is kept and written with the next one</source>
        <translation>{0}：最後の変更を書き込めませんでした（{1}）。変更は保持され、次の変更と一緒に書き込まれます</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>{0}: the library server cannot be reached ({1}); the change is kept and sent when it is back</source>
        <translation>{0}: ライブラリのサーバーに接続できません（{1}）。変更は保持され、復旧時に送信されます</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>{0}: the library server cannot be reached and your last changes are not sent yet</source>
        <translation>{0}: ライブラリのサーバーに接続できず、直近の変更はまだ送信されていません</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tables.py"/>
        <source>{0}: the table is empty (no header row)</source>
        <translation>{0}：表が空です（見出し行がありません）</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>{0}: which project? Add ?project=NAME to the address</source>
        <translation>{0}: どのプロジェクトですか？アドレスに ?project=名前 を付けてください</translation>
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
        <translation>{0}：残り {1} ドット</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/priority_matrix.py"/>
        <source>{0}: {1} opportunities, {2} rated</source>
        <translation>{0}：機会 {1} 件、評価済み {2} 件</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>{0}; {1}</source>
        <translation>{0}。{1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/png_dialog.py"/>
        <source>{0}x</source>
        <translation>{0}倍</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>{0}{1} — {2} of {3} dots left</source>
        <translation>{0}{1} — 残り {2}/{3} ドット</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/window.py"/>
        <source>“{0}” is open: click cards to vote; {1}'s turn</source>
        <translation>「{0}」を実施中：カードをクリックして投票。{1} の番です</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/gaps.py"/>
        <source>“{0}” → “{1}”, in {2}</source>
        <translation>「{0}」→「{1}」、{2} 内</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <source>“{0}”: {1} sections, {2} tasks; actors: {3}</source>
        <translation>「{0}」：section {1} 件、タスク {2} 件、アクター：{3}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/import_dialog.py"/>
        <source>… and {0} more</source>
        <translation>… ほか {0} 件</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presenter.py"/>
        <source>… and {0} more cards</source>
        <translation>…ほか {0} 枚のカード</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>… and {0} more pages</source>
        <translation>…ほか {0} ページ</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presenter.py"/>
        <source>→ next · ← previous · B black · T timer · Shift+T set timer · C capture · F1 keys · Esc leave</source>
        <translation>→ 次 · ← 前 · B 黒画面 · T タイマー · Shift+T タイマー設定 · C 記録 · F1 キー一覧 · Esc 終了</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/layout/style.py"/>
        <source>≈ {0} h</source>
        <translation>≈ {0} 時間</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/layout/style.py"/>
        <source>≈ {0} min</source>
        <translation>≈ {0} 分</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/layout/style.py"/>
        <source>≈ {0} s</source>
        <translation>≈ {0} 秒</translation>
    </message>
</context>
</TS>
