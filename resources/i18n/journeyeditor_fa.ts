<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fa" sourcelanguage="en">
<context>
    <name>JourneyEditor</name>
    <message>
        <location filename="../../src/journeyeditor/persistence/library_copy.py"/>
        <source>  {0}: {1} kept</source>
        <translation>  {0}: نسخهٔ {1} نگه داشته شد</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/mermaid.py"/>
        <source> ('#' starts a comment in Mermaid)</source>
        <translation> (در Mermaid پس از «#» توضیح می‌آید)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source> (and {0} more)</source>
        <translation> (و {0} مورد دیگر)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source> [read-only]</source>
        <translation> [فقط‌خواندنی]</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source> and </source>
        <translation> و </translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/timer.py"/>
        <source> min</source>
        <translation> دقیقه</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source> mm</source>
        <translation> میلی‌متر</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source> participants</source>
        <translation> شرکت‌کننده</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source> pt</source>
        <translation> پوینت</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source> — row {0}, column {1}  ({2}/{3})</source>
        <translation> — ردیف {0}، ستون {1}  ({2}/{3})</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;About Journey Editor</source>
        <translation>&amp;دربارهٔ Journey Editor</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/gaps.py"/>
        <source>&amp;Accept</source>
        <translation>&amp;پذیرفتن</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;Actual Size (100 %)</source>
        <translation>&amp;اندازهٔ واقعی (۱۰۰٪)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>&amp;Add</source>
        <translation>&amp;افزودن</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;Claims Without Evidence</source>
        <translation>&amp;ادعاهای بی‌شاهد</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;Close</source>
        <translation>&amp;بستن</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>&amp;Colour…</source>
        <translation>&amp;رنگ…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;Copy</source>
        <translation>&amp;رونوشت</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;Copy This Map into the Project</source>
        <translation>&amp;کپی این نقشه در پروژه</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;تیره</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <location filename="../../src/journeyeditor/workshop/comments.py"/>
        <source>&amp;Delete</source>
        <translation>&amp;حذف</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>&amp;Delete Round</source>
        <translation>&amp;حذف دور</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/gaps.py"/>
        <source>&amp;Dismiss</source>
        <translation>&amp;نادیده گرفتن</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>&amp;Dots each</source>
        <translation>&amp;نقطه برای هر نفر</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;Edit</source>
        <translation>&amp;ویرایش</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>&amp;End Round</source>
        <translation>&amp;پایان دور</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>&amp;Export Results…</source>
        <translation>&amp;خروجی نتایج…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;File</source>
        <translation>&amp;پرونده</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;Find…</source>
        <translation>&amp;یافتن…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;Fit to Window</source>
        <translation>&amp;هم‌اندازهٔ پنجره</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/heatmap_menu.py"/>
        <source>&amp;Heatmap</source>
        <translation>&amp;نقشهٔ حرارتی</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;Help</source>
        <translation>&amp;راهنما</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>&amp;کنتراست بالا</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <source>&amp;Import Mermaid Journey…</source>
        <translation>&amp;وارد کردن سفر Mermaid…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;Import…</source>
        <translation>&amp;وارد کردن…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <location filename="../../src/journeyeditor/workshop/window.py"/>
        <source>&amp;Insert</source>
        <translation>&amp;درج</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;میان‌برهای صفحه‌کلید</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;روشن</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <location filename="../../src/journeyeditor/workshop/window.py"/>
        <source>&amp;Map</source>
        <translation>&amp;نقشه</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>&amp;Name</source>
        <translation>&amp;نام</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;New Map from Template…</source>
        <translation>نقشهٔ &amp;جدید از الگو…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>&amp;New Round…</source>
        <translation>دور &amp;جدید…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;New…</source>
        <translation>&amp;جدید…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/heatmap_menu.py"/>
        <source>&amp;Next Heatmap</source>
        <translation>نقشهٔ حرارتی &amp;بعدی</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;Open…</source>
        <translation>&amp;باز کردن…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;Paste</source>
        <translation>&amp;چسباندن</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;Present</source>
        <translation>&amp;ارائه</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;Redo</source>
        <translation>&amp;ازنو</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;Redo {0}</source>
        <translation>&amp;ازنو: {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>&amp;Remove</source>
        <translation>&amp;برداشتن</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/comments.py"/>
        <source>&amp;Reply…</source>
        <translation>&amp;پاسخ…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;Reports</source>
        <translation>&amp;گزارش‌ها</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>&amp;Start Voting</source>
        <translation>&amp;شروع رأی‌گیری</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>مانند &amp;سیستم</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>&amp;Take Back</source>
        <translation>&amp;پس گرفتن</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/themes.py"/>
        <source>&amp;Theme</source>
        <translation>&amp;پوسته</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;Undo</source>
        <translation>&amp;واگرد</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;Undo {0}</source>
        <translation>&amp;واگرد: {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <location filename="../../src/journeyeditor/workshop/window.py"/>
        <source>&amp;View</source>
        <translation>&amp;نما</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>&amp;Vote in This Round</source>
        <translation>&amp;رأی دادن در این دور</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/mermaid.py"/>
        <source>'journey' stands alone on its line</source>
        <translation>«journey» باید به‌تنهایی در سطر خودش بیاید</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/inspector.py"/>
        <source>(by type)</source>
        <translation>(بر اساس نوع)</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(نادیده گرفتن)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/capture.py"/>
        <source>(new lane)</source>
        <translation>(ردیف تازه)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presenter.py"/>
        <source>(no goal written for this stage)</source>
        <translation>(برای این مرحله هدفی نوشته نشده است)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presenter.py"/>
        <source>(no notes or open comments)</source>
        <translation>(بدون یادداشت یا دیدگاه باز)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/canvas/metrics.py"/>
        <source>(no period)</source>
        <translation>(بدون دوره)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/start_page.py"/>
        <source>(none yet)</source>
        <translation>(هنوز هیچ)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>(none)</source>
        <translation>(هیچ)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presenter.py"/>
        <source>(part {0} of {1})</source>
        <translation>(بخش {0} از {1})</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presenter.py"/>
        <source>(paused)</source>
        <translation>(مکث)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/gaps.py"/>
        <source>(the map's end)</source>
        <translation>(پایان نقشه)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presenter.py"/>
        <source>(untitled card)</source>
        <translation>(کارت بی‌عنوان)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf_votes.py"/>
        <location filename="../../src/journeyeditor/reports/comments.py"/>
        <location filename="../../src/journeyeditor/ui/priority_matrix.py"/>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>(untitled)</source>
        <translation>(بی‌عنوان)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>+ Card</source>
        <translation>+ کارت</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>+ Lane</source>
        <translation>+ ردیف</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>+ Stage</source>
        <translation>+ مرحله</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>+ Step</source>
        <translation>+ گام</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>--all exports every map: drop --map, or --all</source>
        <translation>--all همهٔ نقشه‌ها را خروجی می‌گیرد: --map یا --all را بردارید</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>--all is for pdf, png, svg and mermaid: a json export always holds every map</source>
        <translation>‏--all برای pdf، png، svg و mermaid است: خروجی json همیشه همهٔ نقشه‌ها را دارد</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>--force replaces -o FILE; --into adds to its file</source>
        <translation>--force فایل -o را جایگزین می‌کند؛ --into به فایل خودش اضافه می‌کند</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>--into adds a spreadsheet's maps (csv, tsv, xlsx); a json project makes a new file with -o</source>
        <translation>--into نقشه‌های یک صفحه‌گسترده (csv، tsv، xlsx) را اضافه می‌کند؛ پروژهٔ json با -o فایل تازه می‌سازد</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library_copy.py"/>
        <source>--keep is for a copy fetched from the library; {0} is not one</source>
        <translation>‏--keep برای نسخه‌ای است که از کتابخانه دریافت شده؛ {0} چنین نسخه‌ای نیست</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>--layout {0} puts several maps on one page: add --all</source>
        <translation>--layout {0} چند نقشه را در یک صفحه می‌گذارد: --all را اضافه کنید</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>--map-name names one map, and the workbook has {0} sheets: choose one with --sheet</source>
        <translation>--map-name فقط یک نقشه را نام می‌گذارد و این کتاب کار {0} برگه دارد: یکی را با --sheet انتخاب کنید</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>--name must not be empty</source>
        <translation>--name نباید خالی باشد</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/png.py"/>
        <source>--scale must be between 0.05 and 8</source>
        <translation>--scale باید بین ۰٫۰۵ و ۸ باشد</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>--scale-to-text chooses the page size itself: leave out --page (or add --tile to print it on office paper)</source>
        <translation>--scale-to-text خودش اندازهٔ صفحه را انتخاب می‌کند: --page را بردارید (یا برای چاپ روی کاغذ اداری --tile را اضافه کنید)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>--{0} is for csv and xlsx imports</source>
        <translation>--{0} فقط برای وارد کردن csv و xlsx است</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>1 claim without evidence</source>
        <translation>۱ ادعای بی‌شاهد</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf_votes.py"/>
        <source>1 dot each</source>
        <translation>هر نفر ۱ نقطه</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>1 month ago</source>
        <translation>۱ ماه پیش</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>1 week ago</source>
        <translation>۱ هفته پیش</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>1 year ago</source>
        <translation>۱ سال پیش</translation>
    </message>
    <message>
        <source>1 — little</source>
        <translation>۱ — کم</translation>
    </message>
    <message>
        <source>1 — low</source>
        <translation>۱ — کم</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>100 %</source>
        <translation>۱۰۰٪</translation>
    </message>
    <message>
        <source>1–9, Tab, Shift+Tab while a round is open</source>
        <translation>1–9، Tab، Shift+Tab هنگامی که دوری باز است</translation>
    </message>
    <message>
        <source>2</source>
        <translation>۲</translation>
    </message>
    <message>
        <source>3</source>
        <translation>۳</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>3 months ago</source>
        <translation>۳ ماه پیش</translation>
    </message>
    <message>
        <source>4</source>
        <translation>۴</translation>
    </message>
    <message>
        <source>5 — a lot</source>
        <translation>۵ — زیاد</translation>
    </message>
    <message>
        <source>5 — high</source>
        <translation>۵ — زیاد</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>6 months ago</source>
        <translation>۶ ماه پیش</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>: {0} x {1} sheets — tape them together in this order</source>
        <translation>: {0} × {1} برگه — آن‌ها را به همین ترتیب به هم بچسبانید</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>; {0} changes in {1} maps since the one before</source>
        <translation>؛ {0} تغییر در {1} نقشه از نسخهٔ قبلی</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&lt;h3&gt;Journey Editor {0}&lt;/h3&gt;&lt;p&gt;Customer-journey maps and service blueprints: offline, fast on huge maps, printable as wall-sized posters, in every script.&lt;/p&gt;&lt;p&gt;Free software under the GNU GPL, version 3 or later. Fonts: Noto (SIL Open Font License).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Journey Editor {0}&lt;/h3&gt;&lt;p&gt;نقشه‌های سفر مشتری و نقشه‌های خدمت: بدون اینترنت، سریع حتی در نقشه‌های بسیار بزرگ، قابل چاپ به شکل پوستر دیواری، به هر خطی.&lt;/p&gt;&lt;p&gt;نرم‌افزار آزاد تحت مجوز GNU GPL نسخهٔ ۳ یا بالاتر. قلم‌ها: Noto (SIL Open Font License).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>a .mmd file holds one diagram: write --all to a .md file</source>
        <translation>پروندهٔ ‎.mmd فقط یک نمودار را در خود جا می‌دهد: ‎--all را در پروندهٔ ‎.md بنویسید</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/mermaid.py"/>
        <source>a .mmd file holds one diagram: write several maps to a .md file</source>
        <translation>پروندهٔ ‎.mmd فقط یک نمودار را در خود جا می‌دهد: چند نقشه را در پروندهٔ ‎.md بنویسید</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/model/project.py"/>
        <source>a card moves inside its own map</source>
        <translation>کارت فقط درون نقشهٔ خودش جابه‌جا می‌شود</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/model/project.py"/>
        <source>a card spans at least one step</source>
        <translation>کارت دست‌کم یک گام را می‌پوشاند</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>A comment needs some text</source>
        <translation>دیدگاه باید متنی داشته باشد</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/model/project.py"/>
        <source>a connector joins two different cards</source>
        <translation>اتصال دو کارت متفاوت را به هم وصل می‌کند</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>a csv holds one map: name it with --map, or export xlsx for a sheet per map</source>
        <translation>هر csv فقط یک نقشه دارد: آن را با --map نام ببرید، یا xlsx بگیرید که برای هر نقشه یک برگه دارد</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>A custom KPI needs a name</source>
        <translation>شاخص کلیدی سفارشی به نام نیاز دارد</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/store.py"/>
        <source>a disk input/output error</source>
        <translation>خطای ورودی/خروجی دیسک</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>a file</source>
        <translation>یک پرونده</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>A gap sits between two steps: this is the map's last step</source>
        <translation>شکاف میان دو گام قرار می‌گیرد: این آخرین گام نقشه است</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/import_dialog.py"/>
        <source>a journey map</source>
        <translation>یک نقشهٔ سفر</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/svg.py"/>
        <source>A journey map made with Journey Editor</source>
        <translation>نقشهٔ سفری ساخته‌شده با Journey Editor</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>a library project needs a name</source>
        <translation>پروژهٔ کتابخانه باید نام داشته باشد</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>a library project's name must be at most {0} characters</source>
        <translation>نام پروژهٔ کتابخانه حداکثر {0} نویسه است</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>a library project's name must be one line of text, without spaces at either end</source>
        <translation>نام پروژهٔ کتابخانه باید یک سطر متن باشد، بدون فاصله در ابتدا یا انتها</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/model/project.py"/>
        <source>a metric belongs to a stage, step or card of its map</source>
        <translation>شاخص به مرحله، گام یا کارتی از نقشهٔ خودش تعلق دارد</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/preferences.py"/>
        <source>A new language shows when Journey Editor starts again.</source>
        <translation>زبان تازه پس از اجرای دوبارهٔ Journey Editor نمایش داده می‌شود.</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>a page side can be at most {0} mm (PDF's 200-inch limit); {1} is larger: use --tile or a smaller page</source>
        <translation>هر ضلع صفحه حداکثر {0} میلی‌متر است (سقف ۲۰۰ اینچی PDF)؛ {1} بزرگ‌تر است: از --tile یا صفحهٔ کوچک‌تری استفاده کنید</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>a page side must be at least {0} mm</source>
        <translation>هر ضلع صفحه باید دست‌کم {0} میلی‌متر باشد</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>بخشی از مسیر پوشه نیست</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/mermaid.py"/>
        <source>a section's name cannot hold ':'</source>
        <translation>نام بخش (section) نمی‌تواند «:» داشته باشد</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/import_dialog.py"/>
        <source>a service blueprint</source>
        <translation>یک طرح خدمت</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/document.py"/>
        <source>a snapshot; copy cards from it and paste them into the project</source>
        <translation>این یک نسخه است؛ کارت‌ها را از آن کپی و در پروژه جای‌گذاری کنید</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>A stage keeps at least one step: delete the stage instead</source>
        <translation>هر مرحله دست‌کم یک گام دارد: به جای آن مرحله را حذف کنید</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/model/project.py"/>
        <source>a step belongs to a stage of its own map</source>
        <translation>گام به مرحله‌ای از نقشهٔ خودش تعلق دارد</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/mermaid.py"/>
        <source>a task is 'name: score: actors': this line has more colons</source>
        <translation>قالب کار «نام: امتیاز: بازیگران» است: این سطر دونقطهٔ اضافه دارد</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/mermaid.py"/>
        <source>a task needs a name before its ':'</source>
        <translation>کار پیش از «:» به یک نام نیاز دارد</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/mermaid.py"/>
        <source>a task needs a score from 0 to 5</source>
        <translation>کار به امتیازی از ۰ تا ۵ نیاز دارد</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>a team library needs psycopg: pip install 'journeyeditor[library]'</source>
        <translation>کتابخانهٔ تیمی به psycopg نیاز دارد: pip install 'journeyeditor[library]'</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>a time cannot be negative ({0!r})</source>
        <translation>زمان نمی‌تواند منفی باشد ({0!r})</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>A voting round needs at least one participant</source>
        <translation>دور رأی‌گیری دست‌کم یک شرکت‌کننده لازم دارد</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>A&amp;nonymous: no names, only</source>
        <translation>&amp;ناشناس: بدون نام، فقط</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>A3 sheets</source>
        <translation>برگه‌های A3</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>A4 sheets</source>
        <translation>برگه‌های A4</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>About Journey Editor</source>
        <translation>دربارهٔ Journey Editor</translation>
    </message>
    <message>
        <source>Accept / dismiss the selected suggestion (Ctrl+Z undoes)</source>
        <translation>پذیرفتن / نادیده گرفتن پیشنهاد انتخاب‌شده (Ctrl+Z برمی‌گرداند)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/gaps.py"/>
        <source>Accept A&amp;ll</source>
        <translation>پذیرفتن &amp;همه</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/gaps.py"/>
        <source>Accept {0} suggested gaps</source>
        <translation>پذیرفتن {0} شکاف پیشنهادی</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/mermaid.py"/>
        <source>accTitle takes its value after a colon</source>
        <translation>مقدار accTitle پس از دونقطه می‌آید</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>اقدام</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>اقدامات</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <source>Actors named like a persona of this project become that persona: {0}</source>
        <translation>بازیگرانی که هم‌نام پرسونایی از این پروژه‌اند همان پرسونا می‌شوند: {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Add &amp;Card</source>
        <translation>افزودن &amp;کارت</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Add &amp;Gap After This Step…</source>
        <translation>افزودن &amp;شکاف پس از این گام…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Add &amp;Lane</source>
        <translation>افزودن &amp;ردیف</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Add &amp;Metric…</source>
        <translation>افزودن &amp;شاخص…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Add &amp;Persona…</source>
        <translation>افزودن &amp;پرسونا…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Add &amp;Stage</source>
        <translation>افزودن &amp;مرحله</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/panels.py"/>
        <source>Add a map</source>
        <translation>افزودن نقشه</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/panels.py"/>
        <source>Add a persona</source>
        <translation>افزودن پرسونا</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/canvas/scene.py"/>
        <source>Add a persona (Ctrl+Shift+P) to draw an emotion line here</source>
        <translation>برای کشیدن خط احساس در اینجا یک پرسونا اضافه کنید (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/canvas/items.py"/>
        <source>Add a point</source>
        <translation>افزودن نقطه</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/canvas/items.py"/>
        <source>Add a point for {0}: click at the feeling</source>
        <translation>افزودن نقطه برای {0}: روی احساس مورد نظر کلیک کنید</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Add Card Here</source>
        <translation>افزودن کارت در اینجا</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/window.py"/>
        <source>Add Co&amp;mment…</source>
        <translation>افزودن &amp;دیدگاه…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/comments.py"/>
        <location filename="../../src/journeyeditor/workshop/window.py"/>
        <source>Add Comment</source>
        <translation>افزودن دیدگاه</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Add comment</source>
        <translation>افزودن دیدگاه</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/window.py"/>
        <source>Add Comment on the Map…</source>
        <translation>افزودن دیدگاه روی نقشه…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/window.py"/>
        <source>Add Comment…</source>
        <translation>افزودن دیدگاه…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Add emotion point</source>
        <translation>افزودن نقطهٔ احساس</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <source>Add Evidence</source>
        <translation>افزودن شاهد</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/gaps.py"/>
        <source>Add Gap</source>
        <translation>افزودن شکاف</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Add Gap After This Step…</source>
        <translation>افزودن شکاف پس از این گام…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Add Gap Here ({0})…</source>
        <translation>افزودن شکاف در اینجا ({0})…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Add Lane</source>
        <translation>افزودن ردیف</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Add Lane Above</source>
        <translation>افزودن ردیف در بالا</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Add Lane Below</source>
        <translation>افزودن ردیف در پایین</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Add map</source>
        <translation>افزودن نقشه</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>Add Metric</source>
        <translation>افزودن شاخص</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Add Metric…</source>
        <translation>افزودن شاخص…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Add Next Period…</source>
        <translation>افزودن دورهٔ بعدی…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Add Point for {0}</source>
        <translation>افزودن نقطه برای {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Add S&amp;tep</source>
        <translation>افزودن &amp;گام</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Add Stage</source>
        <translation>افزودن مرحله</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Add Stage After</source>
        <translation>افزودن مرحله پس از این</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Add Stage Before</source>
        <translation>افزودن مرحله پیش از این</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Add Step</source>
        <translation>افزودن گام</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Add Step After</source>
        <translation>افزودن گام پس از این</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Add Step Before</source>
        <translation>افزودن گام پیش از این</translation>
    </message>
    <message>
        <source>Add that persona's point at the score under the pointer</source>
        <translation>افزودن نقطهٔ آن پرسونا با امتیازی که زیر اشاره‌گر است</translation>
    </message>
    <message>
        <source>Add the neighbouring card to the selection</source>
        <translation>افزودن کارت کناری به انتخاب</translation>
    </message>
    <message>
        <source>Add the next persona's point here (then Up/Down)</source>
        <translation>افزودن نقطهٔ پرسونای بعدی در اینجا (سپس بالا/پایین)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/gaps.py"/>
        <source>Add this gap to the map (Enter)</source>
        <translation>افزودن این شکاف به نقشه (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Add this report as pages after the map (A4 or Letter, landscape)</source>
        <translation>افزودن این گزارش به صورت صفحه‌هایی پس از نقشه (A4 یا Letter، افقی)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/capture.py"/>
        <source>Add to {0}</source>
        <translation>افزودن به {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Add {0}</source>
        <translation>افزودن {0}</translation>
    </message>
    <message>
        <source>added card {0}</source>
        <translation>کارت افزوده شد {0}</translation>
    </message>
    <message>
        <source>added connector {0}</source>
        <translation>اتصال افزوده شد {0}</translation>
    </message>
    <message>
        <source>added lane {0}</source>
        <translation>ردیف افزوده شد {0}</translation>
    </message>
    <message>
        <source>added map {0}</source>
        <translation>نقشه افزوده شد {0}</translation>
    </message>
    <message>
        <source>added metric {0}</source>
        <translation>شاخص افزوده شد {0}</translation>
    </message>
    <message>
        <source>added persona {0}</source>
        <translation>پرسونا افزوده شد {0}</translation>
    </message>
    <message>
        <source>added stage {0}</source>
        <translation>مرحله افزوده شد {0}</translation>
    </message>
    <message>
        <source>added step {0}</source>
        <translation>گام افزوده شد {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>Add…</source>
        <translation>افزودن…</translation>
    </message>
    <message>
        <source>Advocacy</source>
        <translation>توصیه</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>بعدازظهر</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/layout/style.py"/>
        <source>against the source map</source>
        <translation>نسبت به نقشهٔ مبدأ</translation>
    </message>
    <message>
        <source>Aha</source>
        <translation>لحظهٔ آها</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>All on one page, one under another</source>
        <translation>همه در یک صفحه، زیر هم</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>All on one page, side by side</source>
        <translation>همه در یک صفحه، کنار هم</translation>
    </message>
    <message>
        <source>All threads</source>
        <translation>همهٔ رشته‌ها</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/library_ui.py"/>
        <source>Also open by: {0}</source>
        <translation>همچنین باز است نزد: {0}</translation>
    </message>
    <message>
        <source>Alt+Arrow keys</source>
        <translation>Alt+کلیدهای جهت</translation>
    </message>
    <message>
        <source>Alt+Left / Alt+Right on a stage or step header</source>
        <translation>Alt+چپ / Alt+راست روی سرعنوان مرحله یا گام</translation>
    </message>
    <message>
        <source>an input/output error on the disk</source>
        <translation>خطای ورودی/خروجی روی دیسک</translation>
    </message>
    <message>
        <source>Analytical</source>
        <translation>تحلیلی</translation>
    </message>
    <message>
        <source>analytics</source>
        <translation>داده‌کاوی</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/mermaid.py"/>
        <source>and {0} more</source>
        <translation>و {0} مورد دیگر</translation>
    </message>
    <message>
        <source>Anecdotal</source>
        <translation>روایتی</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf_comments.py"/>
        <location filename="../../src/journeyeditor/workshop/comments.py"/>
        <source>Anonymous</source>
        <translation>ناشناس</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>anonymous, {0} participants</source>
        <translation>ناشناس، {0} شرکت‌کننده</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf_votes.py"/>
        <source>Anonymous: {0} participants</source>
        <translation>ناشناس: {0} شرکت‌کننده</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/store.py"/>
        <source>another program is writing it</source>
        <translation>برنامهٔ دیگری در حال نوشتن در آن است</translation>
    </message>
    <message>
        <source>ARCH E</source>
        <translation>ARCH E</translation>
    </message>
    <message>
        <source>Arrive</source>
        <translation>ورود</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>کلیدهای جهت</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/preferences.py"/>
        <source>Asked for when you first comment</source>
        <translation>هنگام نخستین دیدگاه پرسیده می‌شود</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>at {0} pt the card text needs a page of {1}, more than PDF's {2} mm: add --tile A4, A3 or letter, or ask for a smaller text size</source>
        <translation>در {0} پوینت، متن کارت‌ها صفحه‌ای به اندازهٔ {1} می‌خواهد، بیش از سقف {2} میلی‌متری PDF: --tile A4، A3 یا letter را اضافه کنید یا اندازهٔ متن کوچک‌تری بخواهید</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Automatic</source>
        <translation>خودکار</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>automatic</source>
        <translation>خودکار</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Automatic ({0})</source>
        <translation>خودکار ({0})</translation>
    </message>
    <message>
        <source>Awareness</source>
        <translation>آگاهی</translation>
    </message>
    <message>
        <source>B or .</source>
        <translation>B یا .</translation>
    </message>
    <message>
        <source>Back to the cards below it</source>
        <translation>بازگشت به کارت‌های زیر آن</translation>
    </message>
    <message>
        <source>Backstage</source>
        <translation>پشت صحنه</translation>
    </message>
    <message>
        <source>Backstage actions</source>
        <translation>اقدامات پشت‌صحنه</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/history/restore.py"/>
        <source>Before restoring {0}</source>
        <translation>پیش از بازگردانی {0}</translation>
    </message>
    <message>
        <source>Black screen (again to come back)</source>
        <translation>صفحهٔ سیاه (دوباره برای بازگشت)</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>خالی</translation>
    </message>
    <message>
        <source>Blueprint lines</source>
        <translation>خطوط نقشهٔ خدمت</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>متن</translation>
    </message>
    <message>
        <source>body</source>
        <translation>متن</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <source>Browse…</source>
        <translation>مرور…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>C&amp;onnect Selected Cards</source>
        <translation>&amp;اتصال کارت‌های انتخاب‌شده</translation>
    </message>
    <message>
        <source>C, or just type</source>
        <translation>C، یا فقط تایپ کنید</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Cancel</source>
        <translation>لغو</translation>
    </message>
    <message>
        <source>Cancel editing (a new empty card goes away)</source>
        <translation>لغو ویرایش (کارت خالیِ تازه حذف می‌شود)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Cannot create project</source>
        <translation>ساختن پروژه ممکن نیست</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Cannot open project</source>
        <translation>باز کردن پروژه ممکن نیست</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <source>Cannot open {0}: no such file</source>
        <translation>باز کردن {0} ممکن نیست: چنین پرونده‌ای نیست</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library_copy.py"/>
        <source>cannot publish to {0}: {1}</source>
        <translation>انتشار در {0} ممکن نیست: {1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>cannot reach the library {0}: {1}</source>
        <translation>دسترسی به کتابخانهٔ {0} ممکن نیست: {1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/store.py"/>
        <source>cannot replace {0}: {1}</source>
        <translation>جایگزین کردن {0} ممکن نیست: {1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Cannot save</source>
        <translation>ذخیره ممکن نیست</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/owners_report.py"/>
        <source>Cannot save the report</source>
        <translation>ذخیرهٔ گزارش ممکن نیست</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>cannot sign in to the library {0}: {1}</source>
        <translation>ورود به کتابخانهٔ {0} ممکن نیست: {1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/fileio.py"/>
        <source>cannot write the file</source>
        <translation>نوشتن پرونده ممکن نیست</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Cannot write the project</source>
        <translation>نوشتن پروژه ممکن نیست</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/fileio.py"/>
        <source>cannot write {0}: it is a folder</source>
        <translation>نوشتن {0} ممکن نیست: یک پوشه است</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/fileio.py"/>
        <location filename="../../src/journeyeditor/persistence/store.py"/>
        <source>cannot write {0}: it is not an ordinary file</source>
        <translation>نوشتن {0} ممکن نیست: پروندهٔ معمولی نیست</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/fileio.py"/>
        <location filename="../../src/journeyeditor/persistence/store.py"/>
        <source>cannot write {0}: the folder {1} does not exist</source>
        <translation>نوشتن {0} ممکن نیست: پوشهٔ {1} وجود ندارد</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/fileio.py"/>
        <source>cannot write {0}: the folder {1} is not writable</source>
        <translation>نوشتن {0} ممکن نیست: پوشهٔ {1} قابل نوشتن نیست</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/fileio.py"/>
        <location filename="../../src/journeyeditor/persistence/store.py"/>
        <source>cannot write {0}: {1}</source>
        <translation>نوشتن {0} ممکن نیست: {1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/fileio.py"/>
        <source>cannot write {0}: {1} is not a folder</source>
        <translation>نوشتن {0} ممکن نیست: {1} پوشه نیست</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/shortcuts.py"/>
        <source>Canvas</source>
        <translation>بوم</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/capture.py"/>
        <source>Capture “{0}”</source>
        <translation>ثبت «{0}»</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf_votes.py"/>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>Card</source>
        <translation>کارت</translation>
    </message>
    <message>
        <source>card</source>
        <translation>کارت</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Card text</source>
        <translation>متن کارت‌ها</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>card text {0} pt</source>
        <translation>متن کارت‌ها {0} پوینت</translation>
    </message>
    <message>
        <source>Card title</source>
        <translation>عنوان کارت</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Card Type</source>
        <translation>نوع کارت</translation>
    </message>
    <message>
        <source>Card type</source>
        <translation>نوع کارت</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>card type</source>
        <translation>نوع کارت</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/layout/style.py"/>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>Card types</source>
        <translation>انواع کارت</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>Card “{0}”</source>
        <translation>کارت «{0}»</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/reports/comments.py"/>
        <source>Card: {0}</source>
        <translation>کارت: {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/reports/rounds.py"/>
        <source>cards in {0} lanes</source>
        <translation>کارت‌های ردیف‌های {0}</translation>
    </message>
    <message>
        <source>Cards of a lane</source>
        <translation>کارت‌های یک لایه</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/import_dialog.py"/>
        <source>Cards: {0} · stages: {1} · lanes: {2} · {3}</source>
        <translation>کارت‌ها: {0} · مرحله‌ها: {1} · لایه‌ها: {2} · {3}</translation>
    </message>
    <message>
        <source>cell</source>
        <translation>خانه</translation>
    </message>
    <message>
        <source>CES</source>
        <translation>CES</translation>
    </message>
    <message>
        <source>CES (1 to 7, lower is better)</source>
        <translation>CES (۱ تا ۷، کمتر بهتر است)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Change card type</source>
        <translation>تغییر نوع کارت</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Change emotion scale</source>
        <translation>تغییر مقیاس احساس</translation>
    </message>
    <message>
        <source>Change its score</source>
        <translation>تغییر امتیاز آن</translation>
    </message>
    <message>
        <source>CHANGED</source>
        <translation>تغییرکرده</translation>
    </message>
    <message>
        <source>changed card {0}</source>
        <translation>کارت تغییر کرد {0}</translation>
    </message>
    <message>
        <source>changed connector {0}</source>
        <translation>اتصال تغییر کرد {0}</translation>
    </message>
    <message>
        <source>changed lane {0}</source>
        <translation>ردیف تغییر کرد {0}</translation>
    </message>
    <message>
        <source>changed map {0}</source>
        <translation>نقشه تغییر کرد {0}</translation>
    </message>
    <message>
        <source>changed metric {0}</source>
        <translation>شاخص تغییر کرد {0}</translation>
    </message>
    <message>
        <source>changed persona {0}</source>
        <translation>پرسونا تغییر کرد {0}</translation>
    </message>
    <message>
        <source>changed stage {0}</source>
        <translation>مرحله تغییر کرد {0}</translation>
    </message>
    <message>
        <source>changed step {0}</source>
        <translation>گام تغییر کرد {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>Changes</source>
        <translation>تغییرها</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Changes not written</source>
        <translation>تغییرات نوشته نشد</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>کانال</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>channel</source>
        <translation>کانال</translation>
    </message>
    <message>
        <source>Channel switch</source>
        <translation>تغییر کانال</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>کانال‌ها</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>گفتگو</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>Choose at least one card type and one lane.</source>
        <translation>دست‌کم یک نوع کارت و یک ردیف انتخاب کنید.</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/panels.py"/>
        <source>Choose Photo</source>
        <translation>انتخاب عکس</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/panels.py"/>
        <source>Choose Photo…</source>
        <translation>انتخاب عکس…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>Choose two different snapshots to compare</source>
        <translation>برای مقایسه دو نسخهٔ متفاوت انتخاب کنید</translation>
    </message>
    <message>
        <source>Choose whose turn it is</source>
        <translation>انتخاب نوبت</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/priority_matrix.py"/>
        <source>Clear rating</source>
        <translation>پاک کردن امتیاز</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/date_field.py"/>
        <source>Clear the date</source>
        <translation>پاک کردن تاریخ</translation>
    </message>
    <message>
        <source>Click a + handle in the emotion band</source>
        <translation>کلیک روی دستگیرهٔ + در نوار احساس</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>Click a card to place the active participant's dot.</source>
        <translation>روی کارتی کلیک کنید تا نقطهٔ شرکت‌کنندهٔ فعلی روی آن گذاشته شود.</translation>
    </message>
    <message>
        <source>Click a card while a round is open</source>
        <translation>کلیک روی کارت هنگامی که دوری باز است</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/gaps.py"/>
        <source>Close</source>
        <translation>بستن</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Close Without Them</source>
        <translation>بستن بدون آن‌ها</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/inspector.py"/>
        <location filename="../../src/journeyeditor/ui/panels.py"/>
        <source>Colour</source>
        <translation>رنگ</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>رنگ</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/shortcuts.py"/>
        <source>Command</source>
        <translation>فرمان</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>دیدگاه</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/comments.py"/>
        <source>Comment deleted (Undo brings it back)</source>
        <translation>دیدگاه حذف شد (واگرد آن را برمی‌گرداند)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/window.py"/>
        <source>Comments</source>
        <translation>دیدگاه‌ها</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/window.py"/>
        <source>Comments ({0} open)</source>
        <translation>دیدگاه‌ها ({0} باز)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf_comments.py"/>
        <source>Comments — {0}</source>
        <translation>دیدگاه‌ها — {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Comments: bubbles on the map, and a page of its threads</source>
        <translation>دیدگاه‌ها: حباب‌ها روی نقشه و صفحه‌ای از رشته‌های گفتگوی آن</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>Compare</source>
        <translation>مقایسه</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>Compare Since</source>
        <translation>مقایسه از یک زمان</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>Compare with</source>
        <translation>مقایسه با</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Compare with &amp;Source Map</source>
        <translation>مقایسه با نقشهٔ &amp;مبدأ</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>Compare with the latest snapshot taken by a date: 2026-05-31, or 6 months ago</source>
        <translation>مقایسه با آخرین نسخه‌ای که تا یک تاریخ گرفته شده: 2026-05-31 یا ۶ ماه پیش</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>Compare with:</source>
        <translation>مقایسه با:</translation>
    </message>
    <message>
        <source>Connect the selected card to the one you go to</source>
        <translation>اتصال کارت انتخاب‌شده به کارتی که به آن می‌روید</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Connect {0} cards</source>
        <translation>اتصال {0} کارت</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Connecting: go to the target card with the arrow keys and press Enter (Esc cancels)</source>
        <translation>در حال اتصال: با کلیدهای جهت به کارت مقصد بروید و Enter را بزنید (Esc لغو می‌کند)</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>اتصال</translation>
    </message>
    <message>
        <source>connector</source>
        <translation>اتصال</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Connector label</source>
        <translation>برچسب اتصال</translation>
    </message>
    <message>
        <source>Consideration</source>
        <translation>بررسی</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>نرخ تبدیل</translation>
    </message>
    <message>
        <source>Conversion (%)</source>
        <translation>نرخ تبدیل (٪)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Copied into {0}</source>
        <translation>در {0} کپی شد</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Copy</source>
        <translation>رونوشت</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>Copy a Map</source>
        <translation>کپی یک نقشه</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>Copy a Map…</source>
        <translation>کپی یک نقشه…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/history/restore.py"/>
        <source>Copy map from {0}</source>
        <translation>کپی نقشه از {0}</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>شمار</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/timer.py"/>
        <source>Countdown</source>
        <translation>شمارش معکوس</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Create &amp;Day in the Life from This Journey</source>
        <translation>ساختن «&amp;یک روز از زندگی» از این سفر</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Create &amp;Future State from This Map</source>
        <translation>ساختن &amp;وضعیت آینده از این نقشه</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Create day in the life</source>
        <translation>ساختن «یک روز از زندگی»</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Create future state</source>
        <translation>ساختن وضعیت آینده</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Create Service &amp;Blueprint from This Journey</source>
        <translation>ساختن &amp;نقشهٔ خدمت از این سفر</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Create service blueprint</source>
        <translation>ساختن نقشهٔ خدمت</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Crop and alignment marks</source>
        <translation>نشانه‌های برش و تراز</translation>
    </message>
    <message>
        <source>CSAT (%)</source>
        <translation>CSAT (٪)</translation>
    </message>
    <message>
        <source>CSAT (1 to 5)</source>
        <translation>CSAT (۱ تا ۵)</translation>
    </message>
    <message>
        <source>CSAT (1–5)</source>
        <translation>CSAT (۱–۵)</translation>
    </message>
    <message>
        <source>Ctrl+K, arrows, Enter</source>
        <translation>Ctrl+K، کلیدهای جهت، Enter</translation>
    </message>
    <message>
        <source>Ctrl+Right / Ctrl+Left</source>
        <translation>Ctrl+راست / Ctrl+چپ</translation>
    </message>
    <message>
        <source>Ctrl+wheel</source>
        <translation>Ctrl+چرخ ماوس</translation>
    </message>
    <message>
        <source>Ctrl+Z / Ctrl+Shift+Z</source>
        <translation>Ctrl+Z / Ctrl+Shift+Z</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Cu&amp;t</source>
        <translation>&amp;برش</translation>
    </message>
    <message>
        <source>Current state</source>
        <translation>وضعیت فعلی</translation>
    </message>
    <message>
        <source>Custom KPI</source>
        <translation>شاخص کلیدی سفارشی</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>Customer</source>
        <translation>مشتری</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/mermaid.py"/>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>Customer actions</source>
        <translation>اقدامات مشتری</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Cut</source>
        <translation>برش</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>D&amp;uplicate</source>
        <translation>&amp;تکثیر</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/library_ui.py"/>
        <source>Database:</source>
        <translation>پایگاه داده:</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>day before</source>
        <translation>روز قبل</translation>
    </message>
    <message>
        <source>Day in the life</source>
        <translation>یک روز از زندگی</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>Delete</source>
        <translation>حذف</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Delete Connector</source>
        <translation>حذف اتصال</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Delete Gap</source>
        <translation>حذف شکاف</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Delete Lane</source>
        <translation>حذف ردیف</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Delete Metric</source>
        <translation>حذف شاخص</translation>
    </message>
    <message>
        <source>Delete on a step header</source>
        <translation>Delete روی سرعنوان گام</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Delete Point</source>
        <translation>حذف نقطه</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>Delete Round</source>
        <translation>حذف دور</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Delete Stage</source>
        <translation>حذف مرحله</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Delete Step</source>
        <translation>حذف گام</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Delete Step (a stage keeps at least one)</source>
        <translation>حذف گام (هر مرحله دست‌کم یکی دارد)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/panels.py"/>
        <source>Delete the map</source>
        <translation>حذف نقشه</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/panels.py"/>
        <source>Delete the persona</source>
        <translation>حذف پرسونا</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>Delete the round “{0}” and its {1} dots? (Undo brings them back.)</source>
        <translation>دور «{0}» و {1} نقطهٔ آن حذف شود؟ (واگرد آن‌ها را برمی‌گرداند.)</translation>
    </message>
    <message>
        <source>Delete the step and its cards (a stage keeps at least one)</source>
        <translation>حذف گام و کارت‌هایش (هر مرحله دست‌کم یکی دارد)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Delete {0}</source>
        <translation>حذف {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Delete {0} items</source>
        <translation>حذف {0} مورد</translation>
    </message>
    <message>
        <source>Department hand-off</source>
        <translation>تحویل میان بخش‌ها</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>توضیح</translation>
    </message>
    <message>
        <source>description</source>
        <translation>توضیح</translation>
    </message>
    <message>
        <source>Device switch</source>
        <translation>تغییر دستگاه</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Dismiss gap suggestion</source>
        <translation>نادیده گرفتن پیشنهاد شکاف</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/gaps.py"/>
        <source>Do not suggest this gap again (Delete)</source>
        <translation>این شکاف دوباره پیشنهاد نشود (Delete)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>انجام‌شده</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>Dot colour</source>
        <translation>رنگ نقطه</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf_votes.py"/>
        <source>Dots</source>
        <translation>نقطه‌ها</translation>
    </message>
    <message>
        <source>Double-click a gap's glyph</source>
        <translation>دوبار کلیک روی نماد شکاف</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/owners_report.py"/>
        <source>Double-click an opportunity (or press Enter) to show it on its map.</source>
        <translation>برای نمایش یک فرصت روی نقشه‌اش، روی آن دوبار کلیک کنید (یا Enter را بزنید).</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/canvas/metrics.py"/>
        <source>Double-click to edit</source>
        <translation>برای ویرایش دوبار کلیک کنید</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Down</source>
        <translation>پایین</translation>
    </message>
    <message>
        <source>Down on a stage or step header</source>
        <translation>پایین روی سرعنوان مرحله یا گام</translation>
    </message>
    <message>
        <source>Drag a stage, step or lane header</source>
        <translation>کشیدن سرعنوان مرحله، گام یا ردیف</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/priority_matrix.py"/>
        <source>Drag an opportunity to a cell to rate it, or to the tray to clear its rating. With the keyboard: Tab picks the next one, the arrows move it a cell, Delete clears its rating.</source>
        <translation>یک فرصت را برای امتیازدادن به خانه‌ای بکشید، یا برای پاک کردن امتیازش به سینی. با صفحه‌کلید: Tab بعدی را برمی‌گزیند، کلیدهای جهت آن را یک خانه جابه‌جا می‌کنند، Delete امتیازش را پاک می‌کند.</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Drag onto the map, or press Enter to add one to the selected cell</source>
        <translation>روی نقشه بکشید، یا Enter را بزنید تا یکی در خانهٔ انتخاب‌شده اضافه شود</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>کنار گذاشته‌شده</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>سررسید</translation>
    </message>
    <message>
        <source>due</source>
        <translation>موعد</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>مهلت</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/priority_matrix.py"/>
        <source>due {0}</source>
        <translation>سررسید {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <location filename="../../src/journeyeditor/ui/panels.py"/>
        <source>Duplicate</source>
        <translation>تکثیر</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Duplicate map</source>
        <translation>تکثیر نقشه</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/panels.py"/>
        <source>Duplicate the map</source>
        <translation>تکثیر این نقشه</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>e.g. %, per day, €</source>
        <translation>مثلاً ٪، در روز، €</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>e.g. Docks full</source>
        <translation>مثلاً اسکله‌ها پر</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>e.g. Quarterly survey, n = 400</source>
        <translation>مثلاً نظرسنجی فصلی، n = 400</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <source>Each journey becomes a map:</source>
        <translation>هر سفر یک نقشه می‌شود:</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Each participant needs at least one vote</source>
        <translation>هر شرکت‌کننده دست‌کم یک رأی لازم دارد</translation>
    </message>
    <message>
        <source>Early morning</source>
        <translation>سحر</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/panels.py"/>
        <source>Edit</source>
        <translation>ویرایش</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Edit &amp;Text</source>
        <translation>ویرایش &amp;متن</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <source>Edit Evidence</source>
        <translation>ویرایش شاهد</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <source>Edit evidence</source>
        <translation>ویرایش شاهد</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/gaps.py"/>
        <source>Edit Gap</source>
        <translation>ویرایش شکاف</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/gaps.py"/>
        <source>Edit gap</source>
        <translation>ویرایش شکاف</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Edit Gap…</source>
        <translation>ویرایش شکاف…</translation>
    </message>
    <message>
        <source>Edit its kind and note (Delete removes a selected glyph)</source>
        <translation>ویرایش نوع و یادداشت آن (Delete نماد انتخاب‌شده را حذف می‌کند)</translation>
    </message>
    <message>
        <source>Edit its note</source>
        <translation>ویرایش یادداشت آن</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Edit Label…</source>
        <translation>ویرایش برچسب…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>Edit Metric</source>
        <translation>ویرایش شاخص</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>Edit metric</source>
        <translation>ویرایش شاخص</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Edit Metric…</source>
        <translation>ویرایش شاخص…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Edit Note</source>
        <translation>ویرایش یادداشت</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Edit Text</source>
        <translation>ویرایش متن</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/panels.py"/>
        <source>Edit the persona</source>
        <translation>ویرایش پرسونا</translation>
    </message>
    <message>
        <source>Edit the selected card; add a card in an empty cell</source>
        <translation>ویرایش کارت انتخاب‌شده؛ در خانهٔ خالی، افزودن کارت</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Edit {0}</source>
        <translation>ویرایش {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>Edit…</source>
        <translation>ویرایش…</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>تلاش</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>effort</source>
        <translation>تلاش</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/priority_matrix.py"/>
        <source>Effort →</source>
        <translation>تلاش →</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>ایمیل</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>emotion</source>
        <translation>احساس</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Emotion &amp;Notes</source>
        <translation>&amp;یادداشت‌های احساس</translation>
    </message>
    <message>
        <source>Emotion Average</source>
        <translation>میانگین احساس</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Emotion notes by the faces</source>
        <translation>یادداشت‌های احساس کنار چهره‌ها</translation>
    </message>
    <message>
        <source>Emotion of a persona</source>
        <translation>احساس یک پرسونا</translation>
    </message>
    <message>
        <source>Emotion point</source>
        <translation>نقطهٔ احساس</translation>
    </message>
    <message>
        <source>emotion point</source>
        <translation>نقطهٔ احساس</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/layout/style.py"/>
        <source>Emotion scale</source>
        <translation>مقیاس احساس</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>emotion scores from {0} to {1} fit no scale (-2..2, 1..5, -3..3, 1..7, 1..10, 0..10, -5..5, -10..10, 0..100)</source>
        <translation>امتیازهای احساس از {0} تا {1} در هیچ مقیاسی نمی‌گنجند (-2..2، 1..5، -3..3، 1..7، 1..10، 0..10، -5..5، -10..10، 0..100)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/mermaid.py"/>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>Emotions</source>
        <translation>احساسات</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/canvas/compare.py"/>
        <source>Emotions at the snapshot</source>
        <translation>احساس‌ها در زمان نسخه</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/canvas/compare.py"/>
        <source>Emotions on the source map</source>
        <translation>احساس‌ها در نقشهٔ مبدأ</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>end</source>
        <translation>پایان</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Enter / Delete in Suggested Gaps</source>
        <translation>Enter / Delete در «شکاف‌های پیشنهادی»</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/capture.py"/>
        <source>Enter adds · Esc closes</source>
        <translation>Enter اضافه می‌کند · Esc می‌بندد</translation>
    </message>
    <message>
        <source>Enter in the emotion band</source>
        <translation>Enter در نوار احساس</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/canvas/scene.py"/>
        <source>Enter renames, Alt+Left/Right moves, Delete deletes, Down goes back to the cards</source>
        <translation>Enter نام را تغییر می‌دهد، Alt+چپ/راست جابه‌جا می‌کند، Delete حذف می‌کند، پایین به کارت‌ها برمی‌گردد</translation>
    </message>
    <message>
        <source>Enter, Backspace while a round is open</source>
        <translation>Enter، Backspace هنگامی که دوری باز است</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Evening</source>
        <translation>عصر</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/reports/rounds.py"/>
        <source>every card</source>
        <translation>همهٔ کارت‌ها</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/owners_report.py"/>
        <source>Every map</source>
        <translation>همهٔ نقشه‌ها</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Every map of the project</source>
        <translation>همهٔ نقشه‌های پروژه</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <source>Evidence</source>
        <translation>شواهد</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>شاهد</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <source>Evidence file</source>
        <translation>پروندهٔ شاهد</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/tabular_io.py"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>کتاب کار اکسل (*.xlsx)</translation>
    </message>
    <message>
        <source>Expectations</source>
        <translation>انتظارات</translation>
    </message>
    <message>
        <source>expectations</source>
        <translation>انتظارات</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/mermaid.py"/>
        <source>expected 'Task name: score: actor, actor', 'section …' or 'title …'</source>
        <translation>انتظار می‌رفت «نام کار: امتیاز: بازیگر، بازیگر»، «section …» یا «title …» بیاید</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Export &amp;JSON…</source>
        <translation>خروجی &amp;JSON…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <source>Export &amp;Mermaid…</source>
        <translation>خروجی &amp;Mermaid…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Export &amp;PDF…</source>
        <translation>خروجی &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Export &amp;XLSX…</source>
        <translation>خروجی &amp;XLSX…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Export CS&amp;V…</source>
        <translation>خروجی CS&amp;V…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/tabular_io.py"/>
        <source>Export CSV</source>
        <translation>خروجی CSV</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <location filename="../../src/journeyeditor/ui/tabular_io.py"/>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>Export failed</source>
        <translation>خروجی گرفتن ناموفق بود</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Export JSON</source>
        <translation>خروجی JSON</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <source>Export Mermaid</source>
        <translation>خروجی Mermaid</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Export P&amp;NG…</source>
        <translation>خروجی P&amp;NG…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Export PDF</source>
        <translation>خروجی PDF</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Export PDF — {0} sheets</source>
        <translation>خروجی PDF — {0} برگه</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Export PDF…</source>
        <translation>خروجی PDF…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <location filename="../../src/journeyeditor/ui/png_dialog.py"/>
        <source>Export PNG</source>
        <translation>خروجی PNG</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Export PNG…</source>
        <translation>خروجی PNG…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>Export Results</source>
        <translation>خروجی نتایج</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <source>Export S&amp;VG…</source>
        <translation>خروجی S&amp;VG…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <source>Export SVG</source>
        <translation>خروجی SVG</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/tabular_io.py"/>
        <source>Export XLSX</source>
        <translation>خروجی XLSX</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Exporting PDF…</source>
        <translation>در حال گرفتن خروجی PDF…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>F&amp;ollow Link</source>
        <translation>&amp;رفتن به پیوند</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>F&amp;ull Screen</source>
        <translation>&amp;تمام‌صفحه</translation>
    </message>
    <message>
        <source>F1 or ?</source>
        <translation>F1 یا ?</translation>
    </message>
    <message>
        <source>F2 or Enter on a stage, step or lane header</source>
        <translation>F2 یا Enter روی سرعنوان مرحله، گام یا ردیف</translation>
    </message>
    <message>
        <source>F2 or Enter on an emotion face</source>
        <translation>F2 یا Enter روی چهرهٔ احساس</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/layout/style.py"/>
        <source>Fail point</source>
        <translation>نقطهٔ شکست</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>fail point</source>
        <translation>نقطهٔ شکست</translation>
    </message>
    <message>
        <source>Fill-ins</source>
        <translation>کارهای پرکننده</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Find cards (Ctrl+F)</source>
        <translation>یافتن کارت‌ها (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Fit</source>
        <translation>هم‌اندازه</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>fit</source>
        <translation>هم‌اندازه</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Fit the map (one page)</source>
        <translation>هم‌اندازهٔ نقشه (یک صفحه)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Fit to Window</source>
        <translation>هم‌اندازهٔ پنجره</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>For</source>
        <translation>برای</translation>
    </message>
    <message>
        <source>from card</source>
        <translation>از کارت</translation>
    </message>
    <message>
        <source>Frontstage</source>
        <translation>پیش صحنه</translation>
    </message>
    <message>
        <source>Frontstage actions</source>
        <translation>اقدامات پیش‌صحنه</translation>
    </message>
    <message>
        <source>Future state</source>
        <translation>وضعیت آینده</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>شکاف</translation>
    </message>
    <message>
        <source>gap</source>
        <translation>شکاف</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Gap Kind</source>
        <translation>نوع شکاف</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>شکاف‌ها</translation>
    </message>
    <message>
        <source>Go to the neighbouring card, or cell when it is empty</source>
        <translation>رفتن به کارت کناری، یا اگر خالی است به خانهٔ کناری</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presenter.py"/>
        <source>Goal</source>
        <translation>هدف</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>هدف</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>اهداف</translation>
    </message>
    <message>
        <source>goals</source>
        <translation>هدف‌ها</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Heatmap</source>
        <translation>نقشهٔ حرارتی</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/heatmap_menu.py"/>
        <source>Heatmap: {0}</source>
        <translation>نقشهٔ حرارتی: {0}</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>ارتفاع</translation>
    </message>
    <message>
        <source>hidden lines</source>
        <translation>خط‌های پنهان</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Hide persona</source>
        <translation>پنهان کردن پرسونا</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>Higher is better</source>
        <translation>بیشتر بهتر است</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>History</source>
        <translation>تاریخچه</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/import_dialog.py"/>
        <source>Holds</source>
        <translation>محتوا</translation>
    </message>
    <message>
        <source>Home / End</source>
        <translation>Home / End</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <source>https://… or a file</source>
        <translation>https://… یا یک پرونده</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>ایده</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>تصاویر</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/panels.py"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>تصاویر (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>اثر</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>impact</source>
        <translation>تأثیر</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/canvas/scene.py"/>
        <source>Impact {0}, effort {1}</source>
        <translation>اثر {0}، تلاش {1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/priority_matrix.py"/>
        <source>impact {0}, effort {1}</source>
        <translation>اثر {0}، تلاش {1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/priority_matrix.py"/>
        <source>Impact →</source>
        <translation>اثر →</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/import_dialog.py"/>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <location filename="../../src/journeyeditor/ui/tabular_io.py"/>
        <source>Import</source>
        <translation>وارد کردن</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <source>Import Mermaid Journey</source>
        <translation>وارد کردن سفر Mermaid</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <source>Import Mermaid journey</source>
        <translation>وارد کردن سفر Mermaid</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/tabular_io.py"/>
        <source>Import {0}</source>
        <translation>وارد کردن {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <source>Import {0} Mermaid journeys</source>
        <translation>وارد کردن {0} سفر Mermaid</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>Imported map</source>
        <translation>نقشهٔ واردشده</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/tabular_io.py"/>
        <source>Imported {0}</source>
        <translation>{0} وارد شد</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <source>Imported {0} maps from {1}</source>
        <translation>{0} نقشه از {1} وارد شد</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <source>Imported “{0}” from {1}</source>
        <translation>«{0}» از {1} وارد شد</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>In lanes</source>
        <translation>در ردیف‌ها</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>حضوری</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>در جریان</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <source>In their words (optional)</source>
        <translation>به زبان خودشان (اختیاری)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Inspector</source>
        <translation>ویژگی‌ها</translation>
    </message>
    <message>
        <source>interview</source>
        <translation>مصاحبه</translation>
    </message>
    <message>
        <source>interview, observation, quote…</source>
        <translation>مصاحبه، مشاهده، نقل‌قول…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/store.py"/>
        <source>it carries Journey Editor's signature but not its tables ({0})</source>
        <translation>امضای Journey Editor را دارد اما جدول‌هایش را ندارد ({0})</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>it has card details but no card title or text</source>
        <translation>این ردیف جزئیات کارت دارد ولی عنوان یا متن کارت ندارد</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>یک پوشه است</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/templates.py"/>
        <source>Journey map</source>
        <translation>نقشهٔ سفر</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Journey projects (*.journey)</source>
        <translation>پروژه‌های سفر (*.journey)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Journey projects (*.journey);;All files (*)</source>
        <translation>پروژه‌های سفر (*.journey);;همهٔ پرونده‌ها (*)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/app.py"/>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>journeyeditor: error: {0}</source>
        <translation>journeyeditor: خطا: {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>journeyeditor: skipped {0}</source>
        <translation>journeyeditor: رد شد: {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>journeyeditor: {0}</source>
        <translation>journeyeditor: {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <source>Keep Mermaid's scale on the new maps ({0})</source>
        <translation>مقیاس Mermaid روی نقشه‌های تازه بماند ({0})</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/shortcuts.py"/>
        <source>Keyboard shortcuts</source>
        <translation>میان‌برهای صفحه‌کلید</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/shortcuts.py"/>
        <source>Keys</source>
        <translation>کلیدها</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <location filename="../../src/journeyeditor/ui/gaps.py"/>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>Kind</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>گونه</translation>
    </message>
    <message>
        <source>KPI</source>
        <translation>شاخص کلیدی</translation>
    </message>
    <message>
        <source>KPIs</source>
        <translation>شاخص‌های کلیدی</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>برچسب</translation>
    </message>
    <message>
        <source>label</source>
        <translation>برچسب</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Label:</source>
        <translation>برچسب:</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Landscape</source>
        <translation>افقی</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>landscape</source>
        <translation>افقی</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf_votes.py"/>
        <source>Lane</source>
        <translation>ردیف</translation>
    </message>
    <message>
        <source>lane</source>
        <translation>ردیف</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Lane Kind</source>
        <translation>نوع ردیف</translation>
    </message>
    <message>
        <source>Lane kind</source>
        <translation>نوع لایه</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>lane kind</source>
        <translation>نوع لایه</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/preferences.py"/>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>خروج</translation>
    </message>
    <message>
        <source>Leave the presentation</source>
        <translation>خروج از ارائه</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Left</source>
        <translation>چپ</translation>
    </message>
    <message>
        <source>Left / Right on an emotion face</source>
        <translation>چپ / راست روی چهرهٔ احساس</translation>
    </message>
    <message>
        <source>Left, Up, Page Up, Backspace</source>
        <translation>چپ، بالا، Page Up، Backspace</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Legal</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/timer.py"/>
        <source>Length:</source>
        <translation>مدت:</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Letter sheets</source>
        <translation>برگه‌های Letter</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/library_ui.py"/>
        <source>Library</source>
        <translation>کتابخانه</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Library password</source>
        <translation>گذرواژهٔ کتابخانه</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>library {0}: {1} failed ({2})</source>
        <translation>کتابخانهٔ {0}: {1} ناموفق بود ({2})</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/panels.py"/>
        <source>Line colour</source>
        <translation>رنگ خط</translation>
    </message>
    <message>
        <source>Line of interaction</source>
        <translation>خط تعامل</translation>
    </message>
    <message>
        <source>Line of internal interaction</source>
        <translation>خط تعامل درونی</translation>
    </message>
    <message>
        <source>Line of visibility</source>
        <translation>خط دید</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/mermaid.py"/>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <source>line {0}: {1}</source>
        <translation>سطر {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <source>Link</source>
        <translation>پیوند</translation>
    </message>
    <message>
        <source>linked map</source>
        <translation>نقشهٔ پیوندشده</translation>
    </message>
    <message>
        <source>Links to map</source>
        <translation>پیوند به نقشه</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/library_ui.py"/>
        <source>List Projects</source>
        <translation>فهرست پروژه‌ها</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>listing the projects</source>
        <translation>فهرست کردن پروژه‌ها</translation>
    </message>
    <message>
        <source>log</source>
        <translation>گزارش رویداد</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Main</source>
        <translation>اصلی</translation>
    </message>
    <message>
        <source>Major projects</source>
        <translation>پروژه‌های بزرگ</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>making the catalogue</source>
        <translation>ساختن فهرست</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>نقشه</translation>
    </message>
    <message>
        <source>map</source>
        <translation>نقشه</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/import_dialog.py"/>
        <source>Map name:</source>
        <translation>نام نقشه:</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>Map of “{0}”:</source>
        <translation>نقشهٔ «{0}»:</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/reports/comments.py"/>
        <source>Map: {0}</source>
        <translation>نقشه: {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Maps</source>
        <translation>نقشه‌ها</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Match {0} of {1}</source>
        <translation>مورد {0} از {1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/shortcuts.py"/>
        <source>Menu</source>
        <translation>منو</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <source>Mermaid (*.mmd);;Markdown (*.md)</source>
        <translation>Mermaid (*.mmd);;Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/mermaid.py"/>
        <source>Mermaid does not allow ';' in a journey</source>
        <translation>Mermaid در سفر «;» را نمی‌پذیرد</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <source>Mermaid journeys (*.mmd *.mermaid *.md *.markdown);;All files (*)</source>
        <translation>سفرهای Mermaid (*.mmd *.mermaid *.md *.markdown);;همهٔ پرونده‌ها (*)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <source>Mermaid scores tasks from 1 (sad) to 5 (happy).</source>
        <translation>Mermaid به کارها از ۱ (ناراحت) تا ۵ (شاد) امتیاز می‌دهد.</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <source>Method</source>
        <translation>روش</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>معیار</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>metric</source>
        <translation>شاخص</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/inspector.py"/>
        <source>Metrics</source>
        <translation>شاخص‌ها</translation>
    </message>
    <message>
        <source>Micro</source>
        <translation>خرد</translation>
    </message>
    <message>
        <source>Micro-moment</source>
        <translation>لحظهٔ خرد</translation>
    </message>
    <message>
        <source>Midday</source>
        <translation>ظهر</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library_copy.py"/>
        <source>mine</source>
        <translation>مال من</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>دقیقه</translation>
    </message>
    <message>
        <source>Mobile app</source>
        <translation>اپلیکیشن موبایل</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/timer.py"/>
        <source>Mode:</source>
        <translation>حالت:</translation>
    </message>
    <message>
        <source>Moment</source>
        <translation>لحظه</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>moment</source>
        <translation>لحظه</translation>
    </message>
    <message>
        <source>Moment of truth</source>
        <translation>لحظهٔ حقیقت</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/layout/style.py"/>
        <source>Moments</source>
        <translation>لحظه‌ها</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>صبح</translation>
    </message>
    <message>
        <source>Move between the panels and the canvas</source>
        <translation>جابه‌جایی میان پنل‌ها و بوم</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Move Left</source>
        <translation>انتقال به چپ</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Move One Cell</source>
        <translation>جابه‌جایی یک خانه</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Move Right</source>
        <translation>انتقال به راست</translation>
    </message>
    <message>
        <source>Move the selected cards one cell</source>
        <translation>جابه‌جایی کارت‌های انتخاب‌شده به اندازهٔ یک خانه</translation>
    </message>
    <message>
        <source>Move the stage, or the step inside its stage</source>
        <translation>جابه‌جایی مرحله، یا گام درون مرحلهٔ خودش</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Move {0} cards</source>
        <translation>جابه‌جایی {0} کارت</translation>
    </message>
    <message>
        <source>moved card {0}</source>
        <translation>کارت جابه‌جا شد {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <location filename="../../src/journeyeditor/ui/panels.py"/>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>name</source>
        <translation>نام</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Name of the snapshot (e.g. Q3 review):</source>
        <translation>نام نسخه (مثلاً بازبینی فصل سوم):</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/library_ui.py"/>
        <source>Name the database and the project</source>
        <translation>پایگاه داده و پروژه را نام ببرید</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>named</source>
        <translation>نام‌دار</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>Ne&amp;xt Participant</source>
        <translation>شرکت‌کنندهٔ &amp;بعدی</translation>
    </message>
    <message>
        <source>NEW</source>
        <translation>جدید</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/window.py"/>
        <source>New &amp;Voting Round…</source>
        <translation>دور &amp;رأی‌گیری جدید…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>New lane</source>
        <translation>ردیف تازه</translation>
    </message>
    <message>
        <source>New line while editing a card</source>
        <translation>خط تازه هنگام ویرایش کارت</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/gallery.py"/>
        <location filename="../../src/journeyeditor/ui/panels.py"/>
        <source>New map</source>
        <translation>نقشهٔ تازه</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/panels.py"/>
        <source>New persona</source>
        <translation>پرسونای تازه</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>New project</source>
        <translation>پروژهٔ تازه</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/start_page.py"/>
        <source>New Project…</source>
        <translation>پروژهٔ جدید…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>New stage</source>
        <translation>مرحلهٔ تازه</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>New Voting Round</source>
        <translation>دور رأی‌گیری جدید</translation>
    </message>
    <message>
        <source>Next / previous stage</source>
        <translation>مرحلهٔ بعدی / قبلی</translation>
    </message>
    <message>
        <source>Next slide</source>
        <translation>اسلاید بعدی</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presenter.py"/>
        <source>Next: {0}</source>
        <translation>بعدی: {0}</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>شب</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/mermaid.py"/>
        <source>No actor</source>
        <translation>بدون بازیگر</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>No card on this map is of these types in these lanes yet.</source>
        <translation>هنوز در این نقشه کارتی از این نوع‌ها در این ردیف‌ها نیست.</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>no command given (try --help)</source>
        <translation>هیچ فرمانی داده نشده است (--help را ببینید)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf_comments.py"/>
        <source>No comments.</source>
        <translation>دیدگاهی نیست.</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <source>No Date</source>
        <translation>بدون تاریخ</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/date_field.py"/>
        <source>No date</source>
        <translation>بدون تاریخ</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/app.py"/>
        <source>no display to show the editor on (neither DISPLAY nor WAYLAND_DISPLAY is set); without one use the commands new, info, import and export (journeyeditor --help)</source>
        <translation>نمایشگری برای نشان دادن ویرایشگر نیست (نه DISPLAY تنظیم شده و نه WAYLAND_DISPLAY)؛ بدون آن از فرمان‌های new، info، import و export استفاده کنید (journeyeditor --help)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <source>No evidence yet: this card is a claim nothing backs.</source>
        <translation>هنوز شاهدی نیست: این کارت ادعایی است که چیزی پشتوانه‌اش نیست.</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/library_ui.py"/>
        <source>No keyring</source>
        <translation>جاکلیدی در دسترس نیست</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/priority_matrix.py"/>
        <source>No map</source>
        <translation>بدون نقشه</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>no map named {0!r} (maps: {1})</source>
        <translation>نقشه‌ای به نام {0!r} نیست (نقشه‌ها: {1})</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>No map named {0}</source>
        <translation>نقشه‌ای به نام {0} نیست</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/mermaid.py"/>
        <source>no Mermaid journey here ({0} other Mermaid diagrams passed over)</source>
        <translation>اینجا سفر Mermaid نیست ({0} نمودار دیگر Mermaid نادیده گرفته شد)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/mermaid.py"/>
        <source>no Mermaid journey here: a journey starts with the line 'journey'</source>
        <translation>اینجا سفر Mermaid نیست: سفر با سطر «journey» آغاز می‌شود</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/mermaid.py"/>
        <source>no Mermaid journey here: none of its mermaid blocks holds one</source>
        <translation>اینجا سفر Mermaid نیست: هیچ‌یک از بلوک‌های mermaid آن سفری ندارد</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/gaps.py"/>
        <source>No more suggestions: every change of channel, device or owner between neighbouring steps has its gap or was dismissed.</source>
        <translation>پیشنهاد دیگری نیست: هر تغییر کانال، دستگاه یا مسئول میان گام‌های کنار هم شکاف خودش را دارد یا نادیده گرفته شده است.</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/priority_matrix.py"/>
        <source>no owner</source>
        <translation>بدون مسئول</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>no period</source>
        <translation>بدون دوره</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/panels.py"/>
        <source>No photo</source>
        <translation>بدون عکس</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/start_page.py"/>
        <source>No project open</source>
        <translation>هیچ پروژه‌ای باز نیست</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>no sheet named {0!r}</source>
        <translation>برگه‌ای به نام {0!r} نیست</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>No snapshot taken by “{0}” (dates are 2026-05-31 or 6 months ago)</source>
        <translation>هیچ نسخه‌ای تا «{0}» گرفته نشده است (تاریخ‌ها: 2026-05-31 یا 6 months ago)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>no stage (and no row above names one)</source>
        <translation>مرحله ندارد (و هیچ ردیفی در بالا هم آن را نام نمی‌برد)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>No such participant in this round</source>
        <translation>چنین شرکت‌کننده‌ای در این دور نیست</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/library_ui.py"/>
        <source>No system keyring is available here, so the password is not kept: it is asked for each time.</source>
        <translation>اینجا جاکلید سیستمی در دسترس نیست، پس گذرواژه نگه داشته نمی‌شود: هر بار پرسیده می‌شود.</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>No tiling</source>
        <translation>بدون تکه‌بندی</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presenter.py"/>
        <source>No votes yet</source>
        <translation>هنوز رأیی نیست</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf_votes.py"/>
        <source>No votes yet.</source>
        <translation>هنوز رأیی نیست.</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presenter.py"/>
        <source>No voting round on this map yet</source>
        <translation>این نقشه هنوز دور رأی‌گیری ندارد</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>No voting rounds on this map</source>
        <translation>این نقشه دور رأی‌گیری ندارد</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>none</source>
        <translation>هیچ</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>بی‌امتیاز</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/priority_matrix.py"/>
        <source>not rated</source>
        <translation>بی‌امتیاز</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/priority_matrix.py"/>
        <source>Not rated ({0})</source>
        <translation>بی‌امتیاز ({0})</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/priority_matrix.py"/>
        <source>Not rated: drag here to clear</source>
        <translation>بی‌امتیاز: برای پاک کردن امتیاز به اینجا بکشید</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/mermaid.py"/>
        <source>not UTF-8 text (byte {0})</source>
        <translation>متن UTF-8 نیست (بایت {0})</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/gaps.py"/>
        <source>Note</source>
        <translation>یادداشت</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presenter.py"/>
        <source>Notes</source>
        <translation>یادداشت‌ها</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <source>Nothing on this computer opens {0}</source>
        <translation>در این رایانه چیزی {0} را باز نمی‌کند</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/inspector.py"/>
        <source>Nothing selected</source>
        <translation>چیزی انتخاب نشده است</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>Now</source>
        <translation>اکنون</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>NPS (−100 to 100)</source>
        <translation>NPS (−۱۰۰ تا ۱۰۰)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Number of steps:</source>
        <translation>تعداد گام‌ها:</translation>
    </message>
    <message>
        <source>observation</source>
        <translation>مشاهده</translation>
    </message>
    <message>
        <source>Of truth</source>
        <translation>حقیقت</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>خاموش</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf_comments.py"/>
        <source>On</source>
        <translation>روی</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/library_ui.py"/>
        <source>On this map: {0}</source>
        <translation>روی این نقشه: {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>One page per map</source>
        <translation>هر نقشه یک صفحه</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf_comments.py"/>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <source>Open</source>
        <translation>باز کردن</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;اخیر</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/start_page.py"/>
        <source>Open a project, start a new one, or pick a recent one.</source>
        <translation>پروژه‌ای را باز کنید، پروژهٔ تازه‌ای شروع کنید یا یکی از اخیرها را برگزینید.</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Open from &amp;Library…</source>
        <translation>باز کردن از &amp;کتابخانه…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/library_ui.py"/>
        <source>Open from Library</source>
        <translation>باز کردن از کتابخانه</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Open it read-only?</source>
        <translation>به صورت فقط‌خواندنی باز شود؟</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Open project</source>
        <translation>باز کردن پروژه</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>Open Read-Only</source>
        <translation>باز کردن فقط‌خواندنی</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Open Snapshot</source>
        <translation>باز کردن نسخه</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Open the &amp;Sample Project</source>
        <translation>باز کردن پروژهٔ &amp;نمونه</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <source>Open the item's link</source>
        <translation>باز کردن پیوند مورد</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/start_page.py"/>
        <source>Open the Sample Project</source>
        <translation>باز کردن پروژهٔ نمونه</translation>
    </message>
    <message>
        <source>Open threads</source>
        <translation>رشته‌های باز</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <location filename="../../src/journeyeditor/persistence/store.py"/>
        <source>opened read-only</source>
        <translation>فقط‌خواندنی باز شده است</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>opening {0!r}</source>
        <translation>باز کردن {0!r}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/start_page.py"/>
        <source>Open…</source>
        <translation>باز کردن…</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>فرصت‌ها</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Opportunities by &amp;Owner…</source>
        <translation>فرصت‌ها بر پایهٔ &amp;مسئول…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/owners_report.py"/>
        <source>Opportunities by Owner</source>
        <translation>فرصت‌ها بر پایهٔ مسئول</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/owners_report.py"/>
        <source>Opportunities by owner</source>
        <translation>فرصت‌ها بر پایهٔ مسئول</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/owners_report.py"/>
        <source>opportunities by owner</source>
        <translation>فرصت‌ها بر پایهٔ مسئول</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>فرصت</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>سفارش</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Orientation</source>
        <translation>جهت</translation>
    </message>
    <message>
        <source>Other gap</source>
        <translation>شکاف دیگر</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Overlap</source>
        <translation>هم‌پوشانی</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>overlap widened from {0} to {1} mm so that every sheet is at least a third used</source>
        <translation>هم‌پوشانی از {0} به {1} میلی‌متر افزایش یافت تا هر برگه دست‌کم یک‌سوم پر شود</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presenter.py"/>
        <source>Overview</source>
        <translation>نمای کلی</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>مسئول</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/canvas/scene.py"/>
        <source>Owner: {0}</source>
        <translation>مسئول: {0}</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>مسئولان</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Page</source>
        <translation>صفحه</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf_pages.py"/>
        <source>page {0} of {1}</source>
        <translation>صفحهٔ {0} از {1}</translation>
    </message>
    <message>
        <source>Pain point</source>
        <translation>نقطهٔ درد</translation>
    </message>
    <message>
        <source>Pain Points</source>
        <translation>نقاط درد</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>نقاط درد</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>جابه‌جایی نما</translation>
    </message>
    <message>
        <source>Parking lot</source>
        <translation>پارکینگ ایده‌ها</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>Participant {0}</source>
        <translation>شرکت‌کنندهٔ {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>Participants</source>
        <translation>شرکت‌کنندگان</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/library_ui.py"/>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Password:</source>
        <translation>گذرواژه:</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Paste card</source>
        <translation>چسباندن کارت</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Paste Here</source>
        <translation>چسباندن در اینجا</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Paste {0} cards</source>
        <translation>چسباندن {0} کارت</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>PDF export is not available in this build.</source>
        <translation>خروجی PDF در این نسخه در دسترس نیست.</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>Period</source>
        <translation>دوره</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>اجازهٔ دسترسی نیست</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/inspector.py"/>
        <location filename="../../src/journeyeditor/ui/panels.py"/>
        <source>Persona</source>
        <translation>پرسونا</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>persona</source>
        <translation>پرسونا</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Persona &amp;Sheet</source>
        <translation>&amp;برگهٔ پرسوناها</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/panels.py"/>
        <source>Persona colour</source>
        <translation>رنگ پرسونا</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Persona sheet (photo, role, quote, goals …) under the legend</source>
        <translation>برگهٔ پرسوناها (عکس، نقش، نقل‌قول، اهداف …) زیر راهنما</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/layout/persona_sheet.py"/>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Personas</source>
        <translation>پرسوناها</translation>
    </message>
    <message>
        <source>personas shown</source>
        <translation>پرسوناهای نمایش‌داده‌شده</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>تلفن</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/panels.py"/>
        <source>Photo</source>
        <translation>عکس</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>عکس</translation>
    </message>
    <message>
        <source>Physical evidence</source>
        <translation>شواهد فیزیکی</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/start_page.py"/>
        <source>Pick a template to add the first map. Maps can be added later from the Map menu or the Maps panel.</source>
        <translation>یک الگو برگزینید تا نخستین نقشه اضافه شود. نقشه‌ها را بعداً هم می‌توان از منوی «نقشه» یا پنل «نقشه‌ها» افزود.</translation>
    </message>
    <message>
        <source>Place the active participant's dot</source>
        <translation>گذاشتن نقطهٔ شرکت‌کنندهٔ فعلی</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>برنامه‌ریزی‌شده</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/library_ui.py"/>
        <source>Port:</source>
        <translation>درگاه:</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Portrait</source>
        <translation>عمودی</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>portrait</source>
        <translation>عمودی</translation>
    </message>
    <message>
        <source>position</source>
        <translation>جایگاه</translation>
    </message>
    <message>
        <source>Postal mail</source>
        <translation>پست</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>poster at {0} of the size asked so that every sheet is at least a third used</source>
        <translation>پوستر در {0} اندازهٔ خواسته‌شده، تا هر برگه دست‌کم یک‌سوم پر شود</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Pr&amp;eferences…</source>
        <translation>&amp;ترجیحات…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/preferences.py"/>
        <source>Preferences</source>
        <translation>ترجیحات</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/shortcuts.py"/>
        <source>Presentation</source>
        <translation>ارائه</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presentation.py"/>
        <source>Presentation keys</source>
        <translation>کلیدهای ارائه</translation>
    </message>
    <message>
        <source>Previous slide</source>
        <translation>اسلاید قبلی</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/png_dialog.py"/>
        <source>Print resolution (DPI)</source>
        <translation>وضوح چاپ (DPI)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Priority Matrix</source>
        <translation>ماتریس اولویت</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/priority_matrix.py"/>
        <location filename="../../src/journeyeditor/ui/shortcuts.py"/>
        <source>Priority matrix</source>
        <translation>ماتریس اولویت</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Project in use</source>
        <translation>پروژه در حال استفاده است</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/library_ui.py"/>
        <source>Project:</source>
        <translation>پروژه:</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library_copy.py"/>
        <source>published {0} as {1!r} in {2}</source>
        <translation>{0} با نام {1!r} در {2} منتشر شد</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library_copy.py"/>
        <source>published {0} changes of {1} to {2}</source>
        <translation>{0} تغییر از {1} در {2} منتشر شد</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>publishing {0!r}</source>
        <translation>انتشار {0!r}</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>خرید</translation>
    </message>
    <message>
        <source>Quick capture: a card in the spotlit stage (Enter adds, Esc closes); a word that begins with B, C, R or T needs C first</source>
        <translation>ثبت سریع: کارتی در مرحلهٔ زیر نورافکن (Enter اضافه می‌کند، Esc می‌بندد)؛ برای واژه‌ای که با B، C، R یا T شروع می‌شود اول C را بزنید</translation>
    </message>
    <message>
        <source>Quick wins</source>
        <translation>بردهای سریع</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <source>Quote</source>
        <translation>نقل‌قول</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>نقل‌قول</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf_votes.py"/>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>Rank</source>
        <translation>رتبه</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Rate opportunity</source>
        <translation>ارزیابی فرصت</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/comments.py"/>
        <source>Re&amp;open</source>
        <translation>&amp;بازگشایی</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/comments.py"/>
        <source>Re&amp;solve</source>
        <translation>&amp;حل شد</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Read-only: {0}</source>
        <translation>فقط‌خواندنی: {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>reading {0!r}</source>
        <translation>خواندن {0!r}</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>دلیل</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>دریافت</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/start_page.py"/>
        <source>Recent projects:</source>
        <translation>پروژه‌های اخیر:</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/library_ui.py"/>
        <source>Remember the password in the system keyring</source>
        <translation>گذرواژه در جاکلید سیستم به خاطر سپرده شود</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Remove persona photo</source>
        <translation>برداشتن عکس پرسونا</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/panels.py"/>
        <source>Remove Photo</source>
        <translation>برداشتن عکس</translation>
    </message>
    <message>
        <source>removed card {0}</source>
        <translation>کارت حذف شد {0}</translation>
    </message>
    <message>
        <source>removed connector {0}</source>
        <translation>اتصال حذف شد {0}</translation>
    </message>
    <message>
        <source>removed lane {0}</source>
        <translation>ردیف حذف شد {0}</translation>
    </message>
    <message>
        <source>removed map {0}</source>
        <translation>نقشه حذف شد {0}</translation>
    </message>
    <message>
        <source>removed metric {0}</source>
        <translation>شاخص حذف شد {0}</translation>
    </message>
    <message>
        <source>removed persona {0}</source>
        <translation>پرسونا حذف شد {0}</translation>
    </message>
    <message>
        <source>removed stage {0}</source>
        <translation>مرحله حذف شد {0}</translation>
    </message>
    <message>
        <source>removed step {0}</source>
        <translation>گام حذف شد {0}</translation>
    </message>
    <message>
        <source>Rename it (double-click does too)</source>
        <translation>تغییر نام آن (دوبار کلیک هم همین کار را می‌کند)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Rename Lane</source>
        <translation>تغییر نام ردیف</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Rename Stage</source>
        <translation>تغییر نام مرحله</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Rename Step</source>
        <translation>تغییر نام گام</translation>
    </message>
    <message>
        <source>renamed lane {0}</source>
        <translation>نام ردیف تغییر کرد {0}</translation>
    </message>
    <message>
        <source>renamed map {0}</source>
        <translation>نام نقشه تغییر کرد {0}</translation>
    </message>
    <message>
        <source>renamed persona {0}</source>
        <translation>نام پرسونا تغییر کرد {0}</translation>
    </message>
    <message>
        <source>renamed stage {0}</source>
        <translation>نام مرحله تغییر کرد {0}</translation>
    </message>
    <message>
        <source>renamed step {0}</source>
        <translation>نام گام تغییر کرد {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Reopen comment</source>
        <translation>بازگشایی دیدگاه</translation>
    </message>
    <message>
        <source>Reorder it; drag its right (or bottom) edge to resize</source>
        <translation>تغییر ترتیب؛ برای تغییر اندازه لبهٔ راست (یا پایین) را بکشید</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Reorder {0}</source>
        <translation>تغییر ترتیب {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <location filename="../../src/journeyeditor/workshop/comments.py"/>
        <location filename="../../src/journeyeditor/workshop/window.py"/>
        <source>Reply</source>
        <translation>پاسخ دادن</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Report pages</source>
        <translation>صفحه‌های گزارش</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <source>Rescale the scores to this map's scale ({0})</source>
        <translation>امتیازها به مقیاس این نقشه برگردانده شوند ({0})</translation>
    </message>
    <message>
        <source>Reset the timer (again: hide it)</source>
        <translation>بازنشانی زمان‌سنج (دوباره: پنهان کردن)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/canvas/scene.py"/>
        <source>Resize stage</source>
        <translation>تغییر اندازهٔ مرحله</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Resize {0}</source>
        <translation>تغییر اندازهٔ {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Resolve comment</source>
        <translation>حل کردن دیدگاه</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf_comments.py"/>
        <source>Resolved</source>
        <translation>حل‌شده</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/comments.py"/>
        <source>resolved</source>
        <translation>حل‌شده</translation>
    </message>
    <message>
        <source>Resolved threads</source>
        <translation>رشته‌های حل‌شده</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/comments.py"/>
        <source>Resolved: shown under Resolved and All</source>
        <translation>حل‌شده: زیر «حل‌شده» و «همه» نشان داده می‌شود</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>Restore Project</source>
        <translation>بازگردانی پروژه</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>Restore Project…</source>
        <translation>بازگردانی پروژه…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>Restore the whole project as it was at “{0}”? The present state is kept as a snapshot first, and Edit ▸ Undo takes the restore back.</source>
        <translation>کل پروژه به وضعیت «{0}» بازگردانده شود؟ وضعیت کنونی نخست به‌صورت یک نسخه نگه داشته می‌شود و «ویرایش ▸ واگرد» بازگردانی را لغو می‌کند.</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/history/restore.py"/>
        <source>Restore {0}</source>
        <translation>بازگردانی {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Restyle {0}</source>
        <translation>تغییر ظاهر {0}</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>ماندگاری</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Right</source>
        <translation>راست</translation>
    </message>
    <message>
        <source>Right, Down, Page Down, Space, Enter, click</source>
        <translation>راست، پایین، Page Down، فاصله، Enter، کلیک</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>نقش</translation>
    </message>
    <message>
        <source>role</source>
        <translation>نقش</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>Round {0}</source>
        <translation>دور {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tables.py"/>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>row {0}: {1}</source>
        <translation>ردیف {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/import_dialog.py"/>
        <source>Rows that cannot be imported: {0}

{1}

Import without them?</source>
        <translation>ردیف‌هایی که وارد نمی‌شوند: {0}

{1}

بدون آن‌ها وارد شود؟</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>rows that cannot be imported: {0} (add --skip-bad-rows to import without them): {1}</source>
        <translation>ردیف‌هایی که وارد نمی‌شوند: {0} (با --skip-bad-rows بدون آن‌ها وارد می‌شود): {1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Save &amp;As / Duplicate…</source>
        <translation>ذخیره &amp;با نام / تکثیر…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Save a copy as</source>
        <translation>ذخیرهٔ رونوشت با نام</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Save a copy of the whole project somewhere else (another disk or folder) before closing?</source>
        <translation>پیش از بستن، رونوشتی از کل پروژه را جای دیگری (دیسک یا پوشهٔ دیگر) ذخیره کنیم؟</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Save a Copy…</source>
        <translation>ذخیرهٔ رونوشت…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/owners_report.py"/>
        <source>Save as &amp;CSV…</source>
        <translation>ذخیره به صورت &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/owners_report.py"/>
        <source>Save as &amp;PDF…</source>
        <translation>ذخیره به صورت &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Save S&amp;napshot…</source>
        <translation>ذخیرهٔ &amp;نسخه…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Save Snapshot</source>
        <translation>ذخیرهٔ نسخه</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/owners_report.py"/>
        <source>Save the report</source>
        <translation>ذخیرهٔ گزارش</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/library_ui.py"/>
        <source>Save Unsent Changes to a File…</source>
        <translation>ذخیرهٔ تغییرات ارسال‌نشده در یک پرونده…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Saved {0}</source>
        <translation>{0} ذخیره شد</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>say --format {0} (the output's suffix does not tell)</source>
        <translation>‏--format {0} را بگویید (از پسوند خروجی معلوم نیست)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <source>Say what backs the card: a method, a source, a link or a quote</source>
        <translation>بگویید چه چیزی پشتوانهٔ کارت است: روش، منبع، پیوند یا نقل‌قول</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>say where the maps go: -o NEW_FILE, or --into EXISTING_FILE</source>
        <translation>بگویید نقشه‌ها کجا بروند: -o فایل تازه، یا --into فایل موجود</translation>
    </message>
    <message>
        <source>Scale from</source>
        <translation>مقیاس از</translation>
    </message>
    <message>
        <source>scale from</source>
        <translation>مقیاس از</translation>
    </message>
    <message>
        <source>Scale to</source>
        <translation>مقیاس تا</translation>
    </message>
    <message>
        <source>scale to</source>
        <translation>مقیاس تا</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>سناریو</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>سناریو</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Score</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <source>score</source>
        <translation>امتیاز</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Select &amp;All</source>
        <translation>انتخاب &amp;همه</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting.py"/>
        <source>Select a card first (arrow keys), or click one</source>
        <translation>نخست کارتی را برگزینید (کلیدهای جهت) یا روی یکی کلیک کنید</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Select a card or a cell first: the gap goes after its step</source>
        <translation>اول یک کارت یا خانه را انتخاب کنید: شکاف پس از گام آن قرار می‌گیرد</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Select a card, press Ctrl+K, then go to the target card and press Enter; or select several cards to connect them in turn</source>
        <translation>یک کارت را انتخاب کنید، Ctrl+K را بزنید، سپس به کارت مقصد بروید و Enter را بزنید؛ یا چند کارت را انتخاب کنید تا به ترتیب به هم وصل شوند</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Select a stage, step or card to add a metric to</source>
        <translation>مرحله، گام یا کارتی را برای افزودن شاخص انتخاب کنید</translation>
    </message>
    <message>
        <source>Select the step's header, then the stage's (Left/Right walk them)</source>
        <translation>انتخاب سرعنوان گام، سپس سرعنوان مرحله (چپ/راست میان آن‌ها می‌رود)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/library_ui.py"/>
        <source>Server:</source>
        <translation>کارساز:</translation>
    </message>
    <message>
        <source>Service blueprint</source>
        <translation>نقشهٔ خدمت</translation>
    </message>
    <message>
        <source>Set due date</source>
        <translation>تعیین سررسید</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Set emotion</source>
        <translation>تعیین احساس</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/canvas/scene.py"/>
        <source>Set emotions</source>
        <translation>تعیین احساسات</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Set persona photo</source>
        <translation>تعیین عکس پرسونا</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>تعیین وضعیت</translation>
    </message>
    <message>
        <source>Set the timer: minutes, countdown or stopwatch</source>
        <translation>تنظیم زمان‌سنج: دقیقه، شمارش معکوس یا کرنومتر</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>Set up a round with New Round…: who votes, how many dots each, on which cards.</source>
        <translation>با «دور جدید…» دوری بسازید: چه کسانی رأی می‌دهند، هر نفر چند نقطه، و روی کدام کارت‌ها.</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Several maps</source>
        <translation>چند نقشه</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>sheet {0} is only {1} used: no poster size from {2} to {3} of the one asked, nor an overlap up to {4} mm, uses every sheet to a third</source>
        <translation>برگهٔ {0} فقط {1} پر می‌شود: نه اندازهٔ پوستری از {2} تا {3} اندازهٔ خواسته‌شده و نه هم‌پوشانی تا {4} میلی‌متر، هر برگه را تا یک‌سوم پر نمی‌کند</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/import_dialog.py"/>
        <source>Sheets (each checked one becomes a map):</source>
        <translation>برگه‌ها (هر برگهٔ علامت‌خورده یک نقشه می‌شود):</translation>
    </message>
    <message>
        <source>Shift+Arrow keys</source>
        <translation>Shift+کلیدهای جهت</translation>
    </message>
    <message>
        <source>Shift+click or right-click a card while a round is open</source>
        <translation>Shift+کلیک یا کلیک راست روی کارت هنگامی که دوری باز است</translation>
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
        <translation>احساس تغییر کرد {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/owners_report.py"/>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <location filename="../../src/journeyeditor/workshop/comments.py"/>
        <source>Show</source>
        <translation>نمایش</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/window.py"/>
        <source>Show &amp;Votes</source>
        <translation>نمایش &amp;رأی‌ها</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Show in Folder</source>
        <translation>نمایش در پوشه</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Show persona</source>
        <translation>نمایش پرسونا</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/panels.py"/>
        <source>Show this persona on this map: its legend entry, emotion line and sheet</source>
        <translation>نمایش این پرسونا روی این نقشه: مدخل راهنما، خط احساس و برگه‌اش</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>Since when? Choose, or type a date (2026-05-31) or a snapshot's name:</source>
        <translation>از چه زمانی؟ انتخاب کنید، یا تاریخ (2026-05-31) یا نام یک نسخه را بنویسید:</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>Since…</source>
        <translation>از زمان…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/png_dialog.py"/>
        <source>Size of the image:</source>
        <translation>اندازهٔ تصویر:</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Size the page from the card text:</source>
        <translation>اندازهٔ صفحه بر اساس متن کارت‌ها:</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presenter.py"/>
        <source>Slide {0} of {1}: {2}</source>
        <translation>اسلاید {0} از {1}: {2}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Snapshot “{0}” saved</source>
        <translation>نسخهٔ «{0}» ذخیره شد</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>Snapshots</source>
        <translation>نسخه‌ها</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>شبکه‌های اجتماعی</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/library_sync.py"/>
        <source>someone</source>
        <translation>کسی</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Someone else changed what “{0}” changed: it can no longer be undone</source>
        <translation>کس دیگری آنچه «{0}» تغییر داده بود را تغییر داد: دیگر نمی‌توان آن را واگرد کرد</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>Someone else changed {0} “{1}”{2} meanwhile: your step was not applied and theirs is shown</source>
        <translation>در این میان کس دیگری {0} «{1}»{2} را تغییر داد: گام شما اعمال نشد و نسخهٔ آن‌ها نشان داده می‌شود</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>Someone else removed {0} “{1}” meanwhile: your step was not applied</source>
        <translation>در این میان کس دیگری {0} «{1}» را حذف کرد: گام شما اعمال نشد</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>Source</source>
        <translation>منبع</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/canvas/metrics.py"/>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>Source: {0}</source>
        <translation>منبع: {0}</translation>
    </message>
    <message>
        <source>Space+drag, middle button</source>
        <translation>فاصله+کشیدن، دکمهٔ وسط</translation>
    </message>
    <message>
        <source>Span</source>
        <translation>دامنه</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>span</source>
        <translation>دامنه</translation>
    </message>
    <message>
        <source>Spans steps</source>
        <translation>تعداد گام‌های پوشش</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Split into Steps</source>
        <translation>تقسیم به گام‌ها</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Split into Steps…</source>
        <translation>تقسیم به گام‌ها…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Split stage into {0} steps</source>
        <translation>تقسیم مرحله به {0} گام</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/tabular_io.py"/>
        <source>Spreadsheets, Mermaid journeys and projects ({0})</source>
        <translation>صفحه‌گسترده‌ها، سفرهای Mermaid و پروژه‌ها ({0})</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/inspector.py"/>
        <source>Stage</source>
        <translation>مرحله</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>stage</source>
        <translation>مرحله</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf_votes.py"/>
        <source>Stage / step</source>
        <translation>مرحله / گام</translation>
    </message>
    <message>
        <source>Stage 1</source>
        <translation>مرحلهٔ ۱</translation>
    </message>
    <message>
        <source>Stage 2</source>
        <translation>مرحلهٔ ۲</translation>
    </message>
    <message>
        <source>Stage 3</source>
        <translation>مرحلهٔ ۳</translation>
    </message>
    <message>
        <source>Stage 4</source>
        <translation>مرحلهٔ ۴</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Stage and step metrics show in a lane of kind Metrics: add one to see them on the map</source>
        <translation>شاخص‌های مرحله و گام در ردیفی از نوع «شاخص‌ها» نمایش داده می‌شوند: برای دیدنشان روی نقشه یکی اضافه کنید</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>Stage “{0}”</source>
        <translation>مرحلهٔ «{0}»</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/reports/comments.py"/>
        <source>Stage: {0}</source>
        <translation>مرحله: {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>start</source>
        <translation>آغاز</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/start_page.py"/>
        <source>Start a map from a template (double-click or Enter):</source>
        <translation>نقشه‌ای را از یک الگو شروع کنید (دوبار کلیک یا Enter):</translation>
    </message>
    <message>
        <source>Start or pause the timer</source>
        <translation>شروع یا مکث زمان‌سنج</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>Start Voting</source>
        <translation>شروع رأی‌گیری</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Start voting round</source>
        <translation>آغاز دور رأی‌گیری</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf_comments.py"/>
        <source>Status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>status</source>
        <translation>وضعیت</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/inspector.py"/>
        <source>Step</source>
        <translation>گام</translation>
    </message>
    <message>
        <source>step</source>
        <translation>گام</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/canvas/scene.py"/>
        <location filename="../../src/journeyeditor/reports/comments.py"/>
        <location filename="../../src/journeyeditor/ui/inspector.py"/>
        <source>Step {0}</source>
        <translation>گام {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>Step “{0}” of {1}</source>
        <translation>گام «{0}» از {1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/reports/comments.py"/>
        <source>Step: {0}</source>
        <translation>گام: {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>Stop Comparing</source>
        <translation>پایان مقایسه</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/timer.py"/>
        <source>Stopwatch</source>
        <translation>کرنومتر</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>فروشگاه</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Suggest &amp;Gaps…</source>
        <translation>پیشنهاد &amp;شکاف‌ها…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/gaps.py"/>
        <source>Suggested Gaps</source>
        <translation>شکاف‌های پیشنهادی</translation>
    </message>
    <message>
        <source>Support processes</source>
        <translation>فرایندهای پشتیبان</translation>
    </message>
    <message>
        <source>support tickets</source>
        <translation>تیکت‌های پشتیبانی</translation>
    </message>
    <message>
        <source>survey</source>
        <translation>نظرسنجی</translation>
    </message>
    <message>
        <source>survey, analytics, logs, support tickets…</source>
        <translation>نظرسنجی، داده‌کاوی، گزارش‌های رویداد، تیکت‌های پشتیبانی…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/preferences.py"/>
        <source>System default</source>
        <translation>پیش‌فرض سیستم</translation>
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
        <translation>Tab روی نقشه</translation>
    </message>
    <message>
        <source>Tabloid</source>
        <translation>Tabloid</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>برچسب‌ها</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>برچسب‌ها</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>Take back a dot of the active participant: from the selected card, else their last one (Shift+click or right-click a card does too)</source>
        <translation>پس گرفتن یک نقطهٔ شرکت‌کنندهٔ فعلی: از کارت انتخاب‌شده، وگرنه آخرین نقطه‌اش (Shift+کلیک یا کلیک راست روی کارت هم همین کار را می‌کند)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Take back vote</source>
        <translation>پس گرفتن رأی</translation>
    </message>
    <message>
        <source>Take one of their dots back</source>
        <translation>پس گرفتن یکی از نقطه‌هایش</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>Tally</source>
        <translation>شمارش آرا</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>Target</source>
        <translation>هدف</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/canvas/metrics.py"/>
        <source>Target {0}: met</source>
        <translation>هدف {0}: برآورده شد</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/canvas/metrics.py"/>
        <source>Target {0}: missed</source>
        <translation>هدف {0}: برآورده نشد</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>متن</translation>
    </message>
    <message>
        <source>Thankless tasks</source>
        <translation>کارهای بی‌ثمر</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/model/project.py"/>
        <source>that persona already has a point at that step</source>
        <translation>این پرسونا در این گام از قبل نقطه‌ای دارد</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>That snapshot has no maps</source>
        <translation>این نسخه نقشه‌ای ندارد</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/mermaid.py"/>
        <source>the accDescr block has no closing brace</source>
        <translation>بلوک accDescr آکولاد بسته ندارد</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/gaps.py"/>
        <source>The cards change channel, device or owner between these neighbouring steps. Accept a suggestion (Enter) to mark the gap on the map, or dismiss it (Delete) so it is not offered again.</source>
        <translation>کارت‌ها میان این گام‌های کنار هم کانال، دستگاه یا مسئول را عوض می‌کنند. پیشنهادی را بپذیرید (Enter) تا شکاف روی نقشه علامت بخورد، یا نادیده‌اش بگیرید (Delete) تا دوباره پیشنهاد نشود.</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/store.py"/>
        <source>the disk is full</source>
        <translation>دیسک پر است</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>دیسک فقط‌خواندنی است</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>سهمیهٔ دیسک تمام شده است</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>the emotion {0} differs from the {1} of row {2} at the same step</source>
        <translation>احساس {0} با {1} در ردیف {2} در همان گام فرق دارد</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presenter.py"/>
        <source>The end</source>
        <translation>پایان</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tables.py"/>
        <source>the file</source>
        <translation>فایل</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/store.py"/>
        <source>the file cannot be opened</source>
        <translation>پرونده باز نمی‌شود</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/store.py"/>
        <source>the file is damaged</source>
        <translation>پرونده آسیب دیده است</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tables.py"/>
        <source>the file is neither UTF-8 nor UTF-16 (byte {0}): save it as "CSV UTF-8" and import it again</source>
        <translation>فایل نه UTF-8 است نه UTF-16 (بایت {0}): آن را به صورت «CSV UTF-8» ذخیره کنید و دوباره وارد کنید</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/store.py"/>
        <source>the file is read-only</source>
        <translation>پرونده فقط‌خواندنی است</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/store.py"/>
        <source>the file or its folder is read-only</source>
        <translation>پرونده یا پوشه‌اش فقط‌خواندنی است</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tables.py"/>
        <source>the file says it is UTF-16 but is not: {0}</source>
        <translation>فایل می‌گوید UTF-16 است ولی نیست: {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>the heatmap is one of {0}</source>
        <translation>نقشهٔ حرارتی یکی از این‌هاست: {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/png.py"/>
        <source>the image could not be encoded as PNG</source>
        <translation>رمزگذاری تصویر به صورت PNG ممکن نشد</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/png.py"/>
        <source>The image would be {0} x {1} pixels; choose a smaller --scale</source>
        <translation>تصویر {0} × {1} پیکسل می‌شد؛ --scale کوچک‌تری انتخاب کنید</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>the input is nested too deeply to read</source>
        <translation>ورودی برای خواندن بیش از حد تودرتو است</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/capture.py"/>
        <source>The lane the card goes in</source>
        <translation>ردیفی که کارت در آن می‌رود</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>The last changes could not be written to {0}.</source>
        <translation>آخرین تغییرات در {0} نوشته نشد.</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>the layout is one of {0}</source>
        <translation>چیدمان یکی از این‌هاست: {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>the library project {0!r} has schema {1}, older than this Journey Editor's {2}</source>
        <translation>طرح‌وارهٔ پروژهٔ کتابخانه {0!r} نسخهٔ {1} است، قدیمی‌تر از نسخهٔ {2} این Journey Editor</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>the library project {0!r} was written by a newer Journey Editor (schema {1}, this one knows {2}); update Journey Editor to open it</source>
        <translation>پروژهٔ کتابخانه {0!r} را Journey Editor جدیدتری نوشته است (طرح‌وارهٔ {1}، این نسخه تا {2} را می‌شناسد)؛ برای باز کردنش Journey Editor را به‌روز کنید</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/library_ui.py"/>
        <source>The library server cannot be reached: the map is read-only until it is back.</source>
        <translation>دسترسی به کارساز کتابخانه ممکن نیست: تا بازگشت آن، نقشه فقط‌خواندنی است.</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/library_sync.py"/>
        <source>the library server cannot be reached; your unsent changes are kept</source>
        <translation>دسترسی به کارساز کتابخانه ممکن نیست؛ تغییرات ارسال‌نشدهٔ شما نگه داشته شده‌اند</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/library_ui.py"/>
        <source>The library server is back; every change is sent</source>
        <translation>کارساز کتابخانه برگشت؛ همهٔ تغییرات ارسال شد</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>the library {0} has a project named {1!r} already</source>
        <translation>کتابخانهٔ {0} از قبل پروژه‌ای به نام {1!r} دارد</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presentation.py"/>
        <source>The map has no stage to add a card to</source>
        <translation>نقشه مرحله‌ای ندارد که بتوان کارتی به آن افزود</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>نام بیش از حد طولانی است</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>the orientation is landscape or portrait</source>
        <translation>جهت یا landscape است یا portrait</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>the output would overwrite the project file</source>
        <translation>خروجی روی پروندهٔ پروژه نوشته می‌شد</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>the overlap must be between {0} and {1} mm</source>
        <translation>هم‌پوشانی باید بین {0} و {1} میلی‌متر باشد</translation>
    </message>
    <message>
        <source>The overview / the last slide</source>
        <translation>نمای کلی / آخرین اسلاید</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>The period ends before it starts</source>
        <translation>دوره پیش از آغازش پایان می‌یابد</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>The period's {0} must be a date like 2026-04-01</source>
        <translation>{0} دوره باید تاریخی مانند 2026-04-01 باشد</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/photos.py"/>
        <source>the photo could not be stored as {0}</source>
        <translation>ذخیرهٔ عکس به صورت {0} ممکن نشد</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>the poster covers only {0} of one {1} sheet: it needs no tiling</source>
        <translation>پوستر فقط {0} از یک برگهٔ {1} را می‌پوشاند: نیازی به تکه‌بندی ندارد</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>the poster fits on one {0} sheet</source>
        <translation>پوستر روی یک برگهٔ {0} جا می‌شود</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>the project has no maps</source>
        <translation>پروژه هیچ نقشه‌ای ندارد</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library_copy.py"/>
        <source>the project's title</source>
        <translation>عنوان پروژه</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>The project's window is closed or cannot be edited</source>
        <translation>پنجرهٔ پروژه بسته است یا قابل ویرایش نیست</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presenter.py"/>
        <source>The room sees a black screen (B brings the map back)</source>
        <translation>حاضران صفحهٔ سیاه می‌بینند (B نقشه را برمی‌گرداند)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>The round whose dots the cards show</source>
        <translation>دوری که نقطه‌هایش روی کارت‌ها نشان داده می‌شود</translation>
    </message>
    <message>
        <source>The same persona's next face</source>
        <translation>چهرهٔ بعدیِ همان پرسونا</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>The scale's lower end must be below its upper end</source>
        <translation>سر پایینی مقیاس باید کمتر از سر بالایی آن باشد</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/inspector.py"/>
        <source>The scale's lower end must be below its upper end ({0} … {1})</source>
        <translation>سر پایینی مقیاس باید کمتر از سر بالایی آن باشد ({0} … {1})</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/mermaid.py"/>
        <source>the score {0!r} is not a number from 0 to 5</source>
        <translation>امتیاز {0!r} عددی از ۰ تا ۵ نیست</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/mermaid.py"/>
        <source>the score {0} is outside Mermaid's 0 to 5</source>
        <translation>امتیاز {0} بیرون از بازهٔ ۰ تا ۵ در Mermaid است</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <source>The scores keep Mermaid's scale ({0}), as this map's.</source>
        <translation>امتیازها بر مقیاس Mermaid ({0}) می‌مانند، همان مقیاس این نقشه.</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>The selection links to no map</source>
        <translation>انتخاب به هیچ نقشه‌ای پیوند ندارد</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>The smallest text on cards, as printed: the page (or the number of sheets) is chosen to print it this big</source>
        <translation>کوچک‌ترین متن کارت‌ها در چاپ: صفحه (یا تعداد برگه‌ها) طوری انتخاب می‌شود که متن به این اندازه چاپ شود</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/capture.py"/>
        <source>The step the card goes in</source>
        <translation>گامی که کارت در آن می‌رود</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>The target must be a number, or empty for none</source>
        <translation>هدف باید عدد باشد، یا اگر نیست خالی بماند</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>the text size must be between {0} and {1} pt</source>
        <translation>اندازهٔ متن باید بین {0} و {1} پوینت باشد</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>The value must be a number</source>
        <translation>مقدار باید عدد باشد</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presenter.py"/>
        <source>The whole map: {0}</source>
        <translation>کل نقشه: {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library_copy.py"/>
        <source>theirs</source>
        <translation>مال آن‌ها</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Then report pages: {0}</source>
        <translation>سپس صفحه‌های گزارش: {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>there is already a map named {0!r}; choose another --name</source>
        <translation>نقشه‌ای به نام {0!r} از قبل هست؛ --name دیگری انتخاب کنید</translation>
    </message>
    <message>
        <source>These keys</source>
        <translation>همین کلیدها</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/mermaid.py"/>
        <source>this journey has no sections or tasks: nothing to import</source>
        <translation>این سفر هیچ بخش یا کاری ندارد: چیزی برای وارد کردن نیست</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/owners_report.py"/>
        <source>This map</source>
        <translation>این نقشه</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/priority_matrix.py"/>
        <source>This map has no opportunities or ideas yet: add them in its Opportunities lane.</source>
        <translation>این نقشه هنوز فرصت یا ایده‌ای ندارد: آن‌ها را در ردیف «فرصت‌ها»ی آن اضافه کنید.</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>This map was not made from another map</source>
        <translation>این نقشه از نقشهٔ دیگری ساخته نشده است</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/owners_report.py"/>
        <source>This map: {0}</source>
        <translation>این نقشه: {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <location filename="../../src/journeyeditor/ui/tabular_io.py"/>
        <source>This project is read-only</source>
        <translation>این پروژه فقط‌خواندنی است</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presentation.py"/>
        <source>This project is read-only: nothing can be added</source>
        <translation>این پروژه فقط‌خواندنی است: چیزی نمی‌توان افزود</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <location filename="../../src/journeyeditor/workshop/capture.py"/>
        <source>This project is read-only: {0}</source>
        <translation>این پروژه فقط‌خواندنی است: {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>This round does not vote on this card</source>
        <translation>در این دور به این کارت رأی داده نمی‌شود</translation>
    </message>
    <message>
        <source>Thought</source>
        <translation>فکر</translation>
    </message>
    <message>
        <source>Thoughts</source>
        <translation>افکار</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf_comments.py"/>
        <source>Thread</source>
        <translation>رشتهٔ گفتگو</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/comments.py"/>
        <source>Thread deleted (Undo brings it back)</source>
        <translation>رشتهٔ گفتگو حذف شد (واگرد آن را برمی‌گرداند)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Tiles</source>
        <translation>تکه‌بندی</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>tiles are A4, A3 or letter</source>
        <translation>برگه‌های تکه‌بندی A4، A3 یا letter هستند</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>زمان</translation>
    </message>
    <message>
        <source>Time (min)</source>
        <translation>زمان (دقیقه)</translation>
    </message>
    <message>
        <source>Time (minutes, lower is better)</source>
        <translation>زمان (دقیقه، کمتر بهتر است)</translation>
    </message>
    <message>
        <source>Time in minutes</source>
        <translation>زمان به دقیقه</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>time in minutes</source>
        <translation>زمان به دقیقه</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presenter.py"/>
        <location filename="../../src/journeyeditor/workshop/timer.py"/>
        <source>Time's up</source>
        <translation>وقت تمام شد</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/timer.py"/>
        <source>Timer</source>
        <translation>زمان‌سنج</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presenter.py"/>
        <source>Timer: T starts it, Shift+T sets it</source>
        <translation>زمان‌سنج: T آن را شروع می‌کند، Shift+T تنظیمش می‌کند</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>title</source>
        <translation>عنوان</translation>
    </message>
    <message>
        <source>to card</source>
        <translation>به کارت</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>نقطهٔ تماس</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>نقاط تماس</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/library_ui.py"/>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Try Again</source>
        <translation>تلاش دوباره</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Two-Way</source>
        <translation>دوطرفه</translation>
    </message>
    <message>
        <source>Two-way</source>
        <translation>دوطرفه</translation>
    </message>
    <message>
        <source>two-way</source>
        <translation>دوسویه</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>نوع</translation>
    </message>
    <message>
        <source>type</source>
        <translation>نوع</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/capture.py"/>
        <source>Type what the room says, then Enter</source>
        <translation>آنچه حاضران می‌گویند را تایپ کنید، سپس Enter</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/capture.py"/>
        <source>Type what to put on the card first</source>
        <translation>اول آنچه باید روی کارت بیاید را تایپ کنید</translation>
    </message>
    <message>
        <source>Undo / redo</source>
        <translation>واگرد / ازنو</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>Unit</source>
        <translation>واحد</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>unknown page size {0!r} (use A0–A5, letter, legal, tabloid, arch-e, WxHmm, WxHin or fit)</source>
        <translation>اندازهٔ صفحهٔ ناشناخته {0!r} (از A0 تا A5، letter، legal، tabloid، arch-e، WxHmm، WxHin یا fit استفاده کنید)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>unknown report {0} (choose from {1})</source>
        <translation>گزارش ناشناختهٔ {0} (از میان {1} برگزینید)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>unknown text size {0!r} (write it like 12pt or 4mm)</source>
        <translation>اندازهٔ متن ناشناخته {0!r} (آن را مثل 12pt یا 4mm بنویسید)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <source>untitled</source>
        <translation>بی‌عنوان</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/templates.py"/>
        <source>Untitled project</source>
        <translation>پروژهٔ بی‌نام</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Untitled.journey</source>
        <translation>بی‌نام.journey</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Up</source>
        <translation>بالا</translation>
    </message>
    <message>
        <source>Up / Down on an emotion face</source>
        <translation>بالا / پایین روی چهرهٔ احساس</translation>
    </message>
    <message>
        <source>Up from the top lane</source>
        <translation>بالا از ردیف بالایی</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/library_ui.py"/>
        <source>User:</source>
        <translation>کاربر:</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>Value</source>
        <translation>مقدار</translation>
    </message>
    <message>
        <source>value</source>
        <translation>مقدار</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Vote</source>
        <translation>رأی دادن</translation>
    </message>
    <message>
        <source>vote</source>
        <translation>رأی</translation>
    </message>
    <message>
        <source>Vote for the selected card; take a dot back from it</source>
        <translation>رأی به کارت انتخاب‌شده؛ پس گرفتن نقطه از آن</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>Vote on</source>
        <translation>رأی‌گیری روی</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf_votes.py"/>
        <location filename="../../src/journeyeditor/workshop/presenter.py"/>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>Votes</source>
        <translation>رأی‌ها</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/window.py"/>
        <source>Voting</source>
        <translation>رأی‌گیری</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf_votes.py"/>
        <source>Voting results — {0}</source>
        <translation>نتایج رأی‌گیری — {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Voting results: the latest round's dots on the cards, and a results page per round</source>
        <translation>نتایج رأی‌گیری: نقطه‌های آخرین دور روی کارت‌ها و یک صفحهٔ نتایج برای هر دور</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presenter.py"/>
        <source>Voting round</source>
        <translation>دور رأی‌گیری</translation>
    </message>
    <message>
        <source>voting round</source>
        <translation>دور رأی‌گیری</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>انتظار</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/layout/style.py"/>
        <source>Wait point</source>
        <translation>نقطهٔ انتظار</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>wait point</source>
        <translation>نقطهٔ انتظار</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>وب</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/import_dialog.py"/>
        <source>What each column holds:</source>
        <translation>هر ستون چه دارد:</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/gaps.py"/>
        <source>What happens here, and what it costs the customer</source>
        <translation>اینجا چه رخ می‌دهد و برای مشتری چه هزینه‌ای دارد</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>چه می‌کند</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/gaps.py"/>
        <location filename="../../src/journeyeditor/ui/inspector.py"/>
        <source>Where</source>
        <translation>کجا</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <source>Who or what: a study, a report, a participant</source>
        <translation>چه کسی یا چه چیزی: یک پژوهش، یک گزارش، یک شرکت‌کننده</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>Whose turn it is: click, or press 1–9 or Tab on the map</source>
        <translation>نوبت کیست: کلیک کنید یا روی نقشه 1–9 یا Tab را بزنید</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>پهنا</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Workshop</source>
        <translation>کارگاه</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/comments.py"/>
        <source>Write a comment</source>
        <translation>دیدگاهی بنویسید</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/preferences.py"/>
        <source>Your &amp;name (on comments)</source>
        <translation>&amp;نام شما (روی دیدگاه‌ها)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>your database role may only read this library</source>
        <translation>نقش پایگاه دادهٔ شما فقط می‌تواند این کتابخانه را بخواند</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/comments.py"/>
        <source>Your Name</source>
        <translation>نام شما</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/comments.py"/>
        <source>Your name, shown on your comments (Edit ▸ Preferences changes it):</source>
        <translation>نام شما که روی دیدگاه‌هایتان نشان داده می‌شود (در «ویرایش ▸ ترجیحات» تغییر می‌کند):</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/library_ui.py"/>
        <source>Your unsent change is kept and sent then.</source>
        <translation>تغییر ارسال‌نشدهٔ شما نگه داشته شده و آن‌گاه ارسال می‌شود.</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>بزرگ‌نمایی</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;بزرگ‌نمایی</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Zoom &amp;Out</source>
        <translation>&amp;کوچک‌نمایی</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>{0!r} is not a date (YYYY-MM-DD)</source>
        <translation>{0!r} تاریخ نیست (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>{0!r} is not a number ({1})</source>
        <translation>{0!r} عدد نیست ({1})</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>{0!r} is not a {1}</source>
        <translation>{0!r} یک {1} معتبر نیست</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>{0!r} is not yes or no ({1})</source>
        <translation>{0!r} بله یا نه نیست ({1})</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>{0} %</source>
        <translation>{0}٪</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>{0} (copy)</source>
        <translation>{0} (رونوشت)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/canvas/compare.py"/>
        <source>{0} (from the source map)</source>
        <translation>{0} (نسبت به نقشهٔ مبدأ)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/canvas/compare.py"/>
        <source>{0} (since the snapshot)</source>
        <translation>{0} (از زمان نسخه)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf_votes.py"/>
        <source>{0} ({1} of {2})</source>
        <translation>{0} ({1} از {2})</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/fileio.py"/>
        <source>{0} already exists (use --force to replace it)</source>
        <translation>{0} از قبل هست (برای جایگزینی از --force استفاده کنید)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/canvas/scene.py"/>
        <source>{0} analytical evidence</source>
        <translation>{0} شاهد تحلیلی</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/canvas/scene.py"/>
        <source>{0} anecdotal evidence</source>
        <translation>{0} شاهد روایتی</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/history/diff.py"/>
        <source>{0} at {1}</source>
        <translation>{0} در {1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/tabular_io.py"/>
        <source>{0} cannot be imported: {1}</source>
        <translation>{0} وارد نمی‌شود: {1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/photos.py"/>
        <source>{0} cannot be read: {1}</source>
        <translation>خواندن {0} ممکن نیست: {1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/reports/rounds.py"/>
        <source>{0} cards</source>
        <translation>کارت‌های {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/reports/rounds.py"/>
        <source>{0} cards in {1} lanes</source>
        <translation>کارت‌های {0} در ردیف‌های {1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>{0} cards on this map can be voted on.</source>
        <translation>در این نقشه می‌توان به {0} کارت رأی داد.</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>{0} changes from {1} to {2}</source>
        <translation>{0} تغییر از {1} تا {2}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>{0} changes since {1}</source>
        <translation>{0} تغییر از {1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>{0} claims without evidence</source>
        <translation>{0} ادعای بی‌شاهد</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/store.py"/>
        <source>{0} could not be opened ({1})</source>
        <translation>باز کردن {0} ممکن نشد ({1})</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/photos.py"/>
        <source>{0} could not be read as an image ({1})</source>
        <translation>{0} به صورت تصویر خوانده نشد ({1})</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/store.py"/>
        <source>{0} could not be read: {1}</source>
        <translation>خواندن {0} ممکن نشد: {1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>{0} differences from {1}</source>
        <translation>{0} تفاوت با {1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf_votes.py"/>
        <source>{0} dots each</source>
        <translation>هر نفر {0} نقطه</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>{0} dots each on {1}; {2}; started {3}.</source>
        <translation>هر نفر {0} نقطه روی {1}؛ {2}؛ آغاز {3}.</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library_copy.py"/>
        <source>{0} entities were changed both in {1} and in the library since the fetch: {2}. Nothing was published; say which side wins with --keep mine or --keep theirs</source>
        <translation>از زمان دریافت، {0} مورد هم در {1} و هم در کتابخانه تغییر کرده‌اند: {2}. چیزی منتشر نشد؛ با ‎--keep mine یا ‎--keep theirs بگویید کدام طرف برنده است</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/filecheck.py"/>
        <source>{0} has an unfinished write ({0}-journal) and is read-only: make the file and its folder writable so it can be recovered</source>
        <translation>{0} نوشتنی نیمه‌کاره دارد ({0}-journal) و فقط‌خواندنی است: پرونده و پوشه‌اش را قابل نوشتن کنید تا بازیابی شود</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting.py"/>
        <source>{0} has no dot on this card</source>
        <translation>{0} روی این کارت نقطه‌ای ندارد</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting.py"/>
        <source>{0} has no dots to take back</source>
        <translation>{0} نقطه‌ای برای پس گرفتن ندارد</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/start_page.py"/>
        <source>{0} has no map yet</source>
        <translation>{0} هنوز نقشه‌ای ندارد</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>{0} has no votes left</source>
        <translation>{0} رأی دیگری ندارد</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/filecheck.py"/>
        <source>{0} is a database of another program, not a Journey Editor project</source>
        <translation>{0} پایگاه داده‌ای از برنامهٔ دیگری است، نه پروژهٔ Journey Editor</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/filecheck.py"/>
        <source>{0} is damaged (integrity check: {1})</source>
        <translation>{0} آسیب دیده است (بررسی درستی: {1})</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/filecheck.py"/>
        <source>{0} is damaged ({1})</source>
        <translation>{0} آسیب دیده است ({1})</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/filecheck.py"/>
        <source>{0} is damaged and could not be recovered ({1})</source>
        <translation>{0} آسیب دیده است و بازیابی نشد ({1})</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/filecheck.py"/>
        <source>{0} is damaged: it has no file format version</source>
        <translation>{0} آسیب دیده است: نسخهٔ قالب پرونده را ندارد</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/filecheck.py"/>
        <source>{0} is damaged: the file is cut short</source>
        <translation>{0} آسیب دیده است: پرونده ناقص است</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/filecheck.py"/>
        <source>{0} is empty (0 bytes): not a Journey Editor project</source>
        <translation>{0} خالی است (۰ بایت): پروژهٔ Journey Editor نیست</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>{0} is for {1} exports, not {2}</source>
        <translation>{0} برای خروجی {1} است، نه {2}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>{0} is not a Journey Editor library (run: journeyeditor library init {1})</source>
        <translation>{0} کتابخانهٔ Journey Editor نیست (اجرا کنید: journeyeditor library init {1})</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/filecheck.py"/>
        <source>{0} is not a Journey Editor project (not a database file)</source>
        <translation>{0} پروژهٔ Journey Editor نیست (پروندهٔ پایگاه داده نیست)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/photos.py"/>
        <source>{0} is not a PNG or JPEG image</source>
        <translation>{0} تصویر PNG یا JPEG نیست</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library_copy.py"/>
        <location filename="../../src/journeyeditor/persistence/store.py"/>
        <source>{0} is open in another Journey Editor window or program; close it there before replacing it</source>
        <translation>{0} در پنجره یا برنامهٔ دیگری از Journey Editor باز است؛ پیش از جایگزینی آن را در آنجا ببندید</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>{0} is open in another Journey Editor window or program; close it there first, or derive the map in that window</source>
        <translation>{0} در پنجره یا برنامهٔ دیگری از Journey Editor باز است؛ اول آن را در آنجا ببندید یا نقشه را در همان پنجره بسازید</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>{0} is open in another Journey Editor window or program; close it there first, or import in that window</source>
        <translation>{0} در پنجرهٔ دیگری از Journey Editor یا برنامهٔ دیگری باز است؛ اول آن‌جا ببندید، یا در همان پنجره وارد کنید</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/store.py"/>
        <source>{0} is open in another Journey Editor window or program; it can be opened read-only</source>
        <translation>{0} در پنجره یا برنامهٔ دیگری از Journey Editor باز است؛ می‌توان آن را فقط‌خواندنی باز کرد</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <location filename="../../src/journeyeditor/persistence/store.py"/>
        <source>{0} is read-only ({1})</source>
        <translation>{0} فقط‌خواندنی است ({1})</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/photos.py"/>
        <source>{0} is {1} MB: a photo may be at most {2} MB</source>
        <translation>{0} {1} مگابایت است: عکس حداکثر {2} مگابایت می‌تواند باشد</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>{0} is {1} mm wide and {2} mm high, so {3}: leave out --orientation {4}, or give the size the other way round</source>
        <translation>{0} {1} میلی‌متر پهنا و {2} میلی‌متر ارتفاع دارد، پس {3} است: --orientation {4} را بردارید یا اندازه را برعکس بدهید</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>{0} maps side by side</source>
        <translation>{0} نقشه کنار هم</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>{0} maps stacked</source>
        <translation>{0} نقشه زیر هم</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>{0} maps, {1} cards</source>
        <translation>{0} نقشه، {1} کارت</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>{0} matches</source>
        <translation>{0} مورد یافت شد</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>{0} must be a whole number from {1} to {2}, not {3!r}</source>
        <translation>{0} باید عددی صحیح از {1} تا {2} باشد، نه {3!r}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library_copy.py"/>
        <source>{0} now holds the library's project as it is after the publish</source>
        <translation>{0} اکنون پروژهٔ کتابخانه را همان‌طور که پس از انتشار است در خود دارد</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/history/diff.py"/>
        <source>{0} of {1}</source>
        <translation>{0} برای {1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/comments.py"/>
        <source>{0} open</source>
        <translation>{0} باز</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf_comments.py"/>
        <source>{0} open, {1} resolved</source>
        <translation>{0} باز، {1} حل‌شده</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/owners_report.py"/>
        <source>{0} opportunities, {1} owners</source>
        <translation>{0} فرصت، {1} مسئول</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>{0} participants</source>
        <translation>{0} شرکت‌کننده</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>{0} results</source>
        <translation>نتایج {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>{0} selected</source>
        <translation>{0} مورد انتخاب شد</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>{0} sheets of {1} ({2} × {3} and an assembly sheet), {4}, overlap {5} mm; least used sheet {6}</source>
        <translation>{0} برگهٔ {1} ({2} × {3} و یک برگهٔ راهنمای سرهم‌بندی)، {4}، هم‌پوشانی {5} میلی‌متر؛ کم‌مصرف‌ترین برگه {6}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>{0} sheets of {1} {2} and this one; overlap {3} mm; the poster is {4}; card text {5} pt</source>
        <translation>{0} برگهٔ {1} {2} و همین برگه؛ هم‌پوشانی {3} میلی‌متر؛ پوستر {4} است؛ متن کارت‌ها {5} پوینت</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>{0} tiles</source>
        <translation>تکه‌های {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <source>{0} to {1}</source>
        <translation>{0} تا {1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting.py"/>
        <source>{0} took a dot back: {1} left</source>
        <translation>{0} یک نقطه را پس گرفت: {1} باقی مانده</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting.py"/>
        <source>{0} voted for “{1}” and has no dots left (Tab: next participant)</source>
        <translation>{0} به «{1}» رأی داد و نقطه‌ای برایش نمانده (Tab: شرکت‌کنندهٔ بعدی)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting.py"/>
        <source>{0} voted for “{1}”: {2} left</source>
        <translation>{0} به «{1}» رأی داد: {2} باقی مانده</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <source>{0} was not imported:</source>
        <translation>{0} وارد نشد:</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/filecheck.py"/>
        <source>{0} was saved by a newer Journey Editor (file format {1}; this version reads up to {2}). Update Journey Editor to open it.</source>
        <translation>{0} با نسخهٔ تازه‌تری از Journey Editor ذخیره شده است (قالب پرونده {1}؛ این نسخه تا {2} را می‌خواند). برای باز کردنش Journey Editor را به‌روز کنید.</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/history/wording.py"/>
        <source>{0} {1} → {2}</source>
        <translation>{0} {1} ← {2}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>{0} · {1} · {2} · {3}</source>
        <translation>{0} · {1} · {2} · {3}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>{0} × {1} in</source>
        <translation>{0} × {1} اینچ</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>{0} × {1} mm</source>
        <translation>{0} × {1} میلی‌متر</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/png_dialog.py"/>
        <source>{0} × {1} pixels</source>
        <translation>{0} × {1} پیکسل</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>{0} — day in the life</source>
        <translation>{0} — یک روز از زندگی</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>{0} — future state</source>
        <translation>{0} — وضعیت آینده</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presentation.py"/>
        <source>{0} — Presentation</source>
        <translation>{0} — ارائه</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presenter.py"/>
        <source>{0} — Presenter view</source>
        <translation>{0} — نمای ارائه‌دهنده</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>{0} — service blueprint</source>
        <translation>{0} — نقشهٔ خدمت</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/document.py"/>
        <source>{0} — snapshot “{1}” (read-only)</source>
        <translation>{0} — نسخهٔ «{1}» (فقط‌خواندنی)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>{0} — {1} maps</source>
        <translation>{0} — {1} نقشه</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>{0} — {1}, {2}</source>
        <translation>{0} — {1}، {2}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>{0} — {1}: poster {2}, {3}</source>
        <translation>{0} — {1}: پوستر {2}، {3}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/catalogue.py"/>
        <source>{0}%</source>
        <translation>{0}٪</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting.py"/>
        <source>{0}'s turn: {1} dots left</source>
        <translation>نوبت {0}: {1} نقطه باقی مانده</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/gaps.py"/>
        <source>{0}, step {1}</source>
        <translation>{0}، گام {1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting.py"/>
        <source>{0}: 1 dot left</source>
        <translation>{0}: ۱ نقطه باقی مانده</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/store.py"/>
        <source>{0}: already exists</source>
        <translation>{0}: از قبل هست</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>{0}: an @ in the user name or password must be written %40 (or give the password in PGPASSWORD)</source>
        <translation>{0}: نویسهٔ @ در نام کاربری یا گذرواژه باید به صورت %40 نوشته شود (یا گذرواژه را در PGPASSWORD بدهید)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>{0}: cannot add a map: {1}</source>
        <translation>{0}: افزودن نقشه ممکن نیست: {1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/filecheck.py"/>
        <source>{0}: cannot be read ({1})</source>
        <translation>{0}: خواندن ممکن نیست ({1})</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tables.py"/>
        <source>{0}: every sheet is empty</source>
        <translation>{0}: همهٔ برگه‌ها خالی‌اند</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <location filename="../../src/journeyeditor/persistence/store.py"/>
        <source>{0}: is a folder</source>
        <translation>{0}: یک پوشه است</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/filecheck.py"/>
        <source>{0}: is a folder, not a project file</source>
        <translation>{0}: پوشه است، نه پروندهٔ پروژه</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <location filename="../../src/journeyeditor/persistence/filecheck.py"/>
        <source>{0}: is not an ordinary file (a pipe, socket or device)</source>
        <translation>{0}: پروندهٔ معمولی نیست (لوله، سوکت یا دستگاه)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>{0}: no project named {1!r} in the library</source>
        <translation>{0}: پروژه‌ای به نام {1!r} در کتابخانه نیست</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/app.py"/>
        <location filename="../../src/journeyeditor/cli.py"/>
        <location filename="../../src/journeyeditor/persistence/filecheck.py"/>
        <source>{0}: no such file</source>
        <translation>{0}: چنین پرونده‌ای نیست</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>{0}: not a library address (postgresql://user@host:port/database)</source>
        <translation>{0}: نشانی کتابخانه نیست (postgresql://user@host:port/database)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tables.py"/>
        <source>{0}: not an XLSX workbook ({1})</source>
        <translation>{0}: کتاب کار XLSX نیست ({1})</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>{0}: the address names no database</source>
        <translation>{0}: نشانی هیچ پایگاه داده‌ای را نام نمی‌برد</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <location filename="../../src/journeyeditor/persistence/store.py"/>
        <source>{0}: the last change could not be written ({1}); it is kept and written with the next one</source>
        <translation>{0}: آخرین تغییر نوشته نشد ({1})؛ نگه داشته می‌شود و با تغییر بعدی نوشته می‌شود</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>{0}: the library server cannot be reached ({1}); the change is kept and sent when it is back</source>
        <translation>{0}: دسترسی به کارساز کتابخانه ممکن نیست ({1})؛ تغییر نگه داشته شده و پس از بازگشت آن ارسال می‌شود</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>{0}: the library server cannot be reached and your last changes are not sent yet</source>
        <translation>{0}: دسترسی به کارساز کتابخانه ممکن نیست و آخرین تغییرات شما هنوز ارسال نشده‌اند</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tables.py"/>
        <source>{0}: the table is empty (no header row)</source>
        <translation>{0}: جدول خالی است (ردیف سرستون ندارد)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>{0}: which project? Add ?project=NAME to the address</source>
        <translation>{0}: کدام پروژه؟ ‎?project=NAME را به نشانی بیفزایید</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/history/wording.py"/>
        <location filename="../../src/journeyeditor/ui/import_dialog.py"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting.py"/>
        <source>{0}: {1} dots left</source>
        <translation>{0}: {1} نقطه باقی مانده</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/priority_matrix.py"/>
        <source>{0}: {1} opportunities, {2} rated</source>
        <translation>{0}: {1} فرصت، {2} امتیازدار</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>{0}; {1}</source>
        <translation>{0}؛ {1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/png_dialog.py"/>
        <source>{0}x</source>
        <translation>{0}×</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>{0}{1} — {2} of {3} dots left</source>
        <translation>{0}{1} — {2} از {3} نقطه باقی مانده</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/window.py"/>
        <source>“{0}” is open: click cards to vote; {1}'s turn</source>
        <translation>«{0}» باز است: برای رأی دادن روی کارت‌ها کلیک کنید؛ نوبت {1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/gaps.py"/>
        <source>“{0}” → “{1}”, in {2}</source>
        <translation>«{0}» ← «{1}»، در {2}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <source>“{0}”: {1} sections, {2} tasks; actors: {3}</source>
        <translation>«{0}»: {1} بخش، {2} کار؛ بازیگران: {3}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/import_dialog.py"/>
        <source>… and {0} more</source>
        <translation>… و {0} مورد دیگر</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presenter.py"/>
        <source>… and {0} more cards</source>
        <translation>… و {0} کارت دیگر</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>… and {0} more pages</source>
        <translation>… و {0} صفحهٔ دیگر</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presenter.py"/>
        <source>→ next · ← previous · B black · T timer · Shift+T set timer · C capture · F1 keys · Esc leave</source>
        <translation>→ بعدی · ← قبلی · B سیاه · T زمان‌سنج · Shift+T تنظیم زمان‌سنج · C ثبت · F1 کلیدها · Esc خروج</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/layout/style.py"/>
        <source>≈ {0} h</source>
        <translation>≈ {0} ساعت</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/layout/style.py"/>
        <source>≈ {0} min</source>
        <translation>≈ {0} دقیقه</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/layout/style.py"/>
        <source>≈ {0} s</source>
        <translation>≈ {0} ثانیه</translation>
    </message>
</context>
</TS>
