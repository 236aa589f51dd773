<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>JourneyEditor</name>
    <message>
        <location filename="../../src/journeyeditor/persistence/library_copy.py"/>
        <source>  {0}: {1} kept</source>
        <translation>  {0}: оставлена версия «{1}»</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/mermaid.py"/>
        <source> ('#' starts a comment in Mermaid)</source>
        <translation> (в Mermaid «#» начинает комментарий)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source> (and {0} more)</source>
        <translation> (и ещё {0})</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source> [read-only]</source>
        <translation> [только чтение]</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source> and </source>
        <translation> и </translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/timer.py"/>
        <source> min</source>
        <translation> мин</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source> mm</source>
        <translation> мм</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source> participants</source>
        <translation> участников</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source> pt</source>
        <translation> пт</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source> — row {0}, column {1}  ({2}/{3})</source>
        <translation> — ряд {0}, столбец {1}  ({2}/{3})</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;About Journey Editor</source>
        <translation>&amp;О программе Journey Editor</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/gaps.py"/>
        <source>&amp;Accept</source>
        <translation>&amp;Принять</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;Actual Size (100 %)</source>
        <translation>&amp;Реальный размер (100 %)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;Claims Without Evidence</source>
        <translation>&amp;Утверждения без свидетельств</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>&amp;Colour…</source>
        <translation>&amp;Цвет…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;Copy This Map into the Project</source>
        <translation>&amp;Копировать эту карту в проект</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Тёмная</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <location filename="../../src/journeyeditor/workshop/comments.py"/>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>&amp;Delete Round</source>
        <translation>&amp;Удалить раунд</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/gaps.py"/>
        <source>&amp;Dismiss</source>
        <translation>&amp;Отклонить</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>&amp;Dots each</source>
        <translation>&amp;Точек на участника</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>&amp;End Round</source>
        <translation>&amp;Завершить раунд</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>&amp;Export Results…</source>
        <translation>&amp;Экспорт результатов…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;Find…</source>
        <translation>&amp;Найти…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;Fit to Window</source>
        <translation>По &amp;размеру окна</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/heatmap_menu.py"/>
        <source>&amp;Heatmap</source>
        <translation>&amp;Тепловая карта</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>&amp;Высокая контрастность</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <source>&amp;Import Mermaid Journey…</source>
        <translation>&amp;Импорт пути из Mermaid…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;Import…</source>
        <translation>&amp;Импорт…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <location filename="../../src/journeyeditor/workshop/window.py"/>
        <source>&amp;Insert</source>
        <translation>&amp;Вставка</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Светлая</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <location filename="../../src/journeyeditor/workshop/window.py"/>
        <source>&amp;Map</source>
        <translation>&amp;Карта</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>&amp;Name</source>
        <translation>&amp;Название</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;New Map from Template…</source>
        <translation>&amp;Новая карта из шаблона…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>&amp;New Round…</source>
        <translation>&amp;Новый раунд…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;New…</source>
        <translation>&amp;Создать…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/heatmap_menu.py"/>
        <source>&amp;Next Heatmap</source>
        <translation>&amp;Следующая тепловая карта</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;Open…</source>
        <translation>&amp;Открыть…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;Paste</source>
        <translation>&amp;Вставить</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;Present</source>
        <translation>&amp;Презентация</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;Redo {0}</source>
        <translation>&amp;Повторить «{0}»</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>&amp;Remove</source>
        <translation>&amp;Убрать</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/comments.py"/>
        <source>&amp;Reply…</source>
        <translation>&amp;Ответить…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;Reports</source>
        <translation>&amp;Отчёты</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>&amp;Start Voting</source>
        <translation>&amp;Начать голосование</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>Как в &amp;системе</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>&amp;Take Back</source>
        <translation>&amp;Забрать</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/themes.py"/>
        <source>&amp;Theme</source>
        <translation>&amp;Тема</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&amp;Undo {0}</source>
        <translation>&amp;Отменить «{0}»</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <location filename="../../src/journeyeditor/workshop/window.py"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>&amp;Vote in This Round</source>
        <translation>&amp;Голосовать в этом раунде</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/mermaid.py"/>
        <source>'journey' stands alone on its line</source>
        <translation>«journey» пишется на отдельной строке</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/inspector.py"/>
        <source>(by type)</source>
        <translation>(по типу)</translation>
    </message>
    <message>
        <source>(ignore)</source>
        <translation>(пропустить)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/capture.py"/>
        <source>(new lane)</source>
        <translation>(новая дорожка)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presenter.py"/>
        <source>(no goal written for this stage)</source>
        <translation>(цель этого этапа не записана)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presenter.py"/>
        <source>(no notes or open comments)</source>
        <translation>(нет заметок и открытых комментариев)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/canvas/metrics.py"/>
        <source>(no period)</source>
        <translation>(без периода)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/start_page.py"/>
        <source>(none yet)</source>
        <translation>(пока нет)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presenter.py"/>
        <source>(part {0} of {1})</source>
        <translation>(часть {0} из {1})</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presenter.py"/>
        <source>(paused)</source>
        <translation>(пауза)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/gaps.py"/>
        <source>(the map's end)</source>
        <translation>(конец карты)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presenter.py"/>
        <source>(untitled card)</source>
        <translation>(карточка без названия)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf_votes.py"/>
        <location filename="../../src/journeyeditor/reports/comments.py"/>
        <location filename="../../src/journeyeditor/ui/priority_matrix.py"/>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>(untitled)</source>
        <translation>(без названия)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>+ Card</source>
        <translation>+ Карточка</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>+ Lane</source>
        <translation>+ Дорожка</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>+ Stage</source>
        <translation>+ Этап</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>+ Step</source>
        <translation>+ Шаг</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>--all exports every map: drop --map, or --all</source>
        <translation>--all экспортирует все карты: уберите --map или --all</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>--all is for pdf, png, svg and mermaid: a json export always holds every map</source>
        <translation>--all — для pdf, png, svg и mermaid: экспорт в json всегда содержит все карты</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>--force replaces -o FILE; --into adds to its file</source>
        <translation>--force заменяет файл -o; --into добавляет в свой файл</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>--into adds a spreadsheet's maps (csv, tsv, xlsx); a json project makes a new file with -o</source>
        <translation>--into добавляет карты из таблицы (csv, tsv, xlsx); проект json создаёт новый файл через -o</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library_copy.py"/>
        <source>--keep is for a copy fetched from the library; {0} is not one</source>
        <translation>--keep — для копии, полученной из библиотеки; {0} не такая копия</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>--layout {0} puts several maps on one page: add --all</source>
        <translation>--layout {0} размещает несколько карт на одной странице: добавьте --all</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>--map-name names one map, and the workbook has {0} sheets: choose one with --sheet</source>
        <translation>--map-name называет одну карту, а в книге листов: {0}; выберите один с помощью --sheet</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>--name must not be empty</source>
        <translation>--name не может быть пустым</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/png.py"/>
        <source>--scale must be between 0.05 and 8</source>
        <translation>--scale должен быть от 0,05 до 8</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>--scale-to-text chooses the page size itself: leave out --page (or add --tile to print it on office paper)</source>
        <translation>--scale-to-text сам выбирает размер страницы: уберите --page (или добавьте --tile, чтобы печатать на офисной бумаге)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>--{0} is for csv and xlsx imports</source>
        <translation>--{0} — только для импорта csv и xlsx</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>1 claim without evidence</source>
        <translation>1 утверждение без свидетельств</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf_votes.py"/>
        <source>1 dot each</source>
        <translation>по 1 точке на участника</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>1 month ago</source>
        <translation>1 месяц назад</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>1 week ago</source>
        <translation>1 неделю назад</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>1 year ago</source>
        <translation>1 год назад</translation>
    </message>
    <message>
        <source>1 — little</source>
        <translation>1 — мало</translation>
    </message>
    <message>
        <source>1 — low</source>
        <translation>1 — низкое</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>100 %</source>
        <translation>100 %</translation>
    </message>
    <message>
        <source>1–9, Tab, Shift+Tab while a round is open</source>
        <translation>1–9, Tab, Shift+Tab во время раунда</translation>
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
        <translation>3 месяца назад</translation>
    </message>
    <message>
        <source>4</source>
        <translation>4</translation>
    </message>
    <message>
        <source>5 — a lot</source>
        <translation>5 — много</translation>
    </message>
    <message>
        <source>5 — high</source>
        <translation>5 — высокое</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>6 months ago</source>
        <translation>6 месяцев назад</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>: {0} x {1} sheets — tape them together in this order</source>
        <translation>: {0} × {1} листов — склейте их в этом порядке</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>; {0} changes in {1} maps since the one before</source>
        <translation>; с предыдущего снимка изменений: {0}, карт: {1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>&lt;h3&gt;Journey Editor {0}&lt;/h3&gt;&lt;p&gt;Customer-journey maps and service blueprints: offline, fast on huge maps, printable as wall-sized posters, in every script.&lt;/p&gt;&lt;p&gt;Free software under the GNU GPL, version 3 or later. Fonts: Noto (SIL Open Font License).&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Journey Editor {0}&lt;/h3&gt;&lt;p&gt;Карты пути клиента и сервисные блюпринты: без интернета, быстро даже на огромных картах, печать плакатами во всю стену, на любом письме.&lt;/p&gt;&lt;p&gt;Свободная программа под лицензией GNU GPL версии 3 или более поздней. Шрифты: Noto (SIL Open Font License).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>a .mmd file holds one diagram: write --all to a .md file</source>
        <translation>файл .mmd вмещает одну диаграмму: с --all пишите в файл .md</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/mermaid.py"/>
        <source>a .mmd file holds one diagram: write several maps to a .md file</source>
        <translation>файл .mmd вмещает одну диаграмму: несколько карт пишите в файл .md</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/model/project.py"/>
        <source>a card moves inside its own map</source>
        <translation>карточка перемещается только внутри своей карты</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/model/project.py"/>
        <source>a card spans at least one step</source>
        <translation>карточка занимает хотя бы один шаг</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>A comment needs some text</source>
        <translation>В комментарии должен быть текст</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/model/project.py"/>
        <source>a connector joins two different cards</source>
        <translation>связь соединяет две разные карточки</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>a csv holds one map: name it with --map, or export xlsx for a sheet per map</source>
        <translation>в csv помещается одна карта: укажите её через --map или экспортируйте xlsx — по листу на карту</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>A custom KPI needs a name</source>
        <translation>Пользовательскому KPI нужно название</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/store.py"/>
        <source>a disk input/output error</source>
        <translation>ошибка ввода-вывода диска</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>a file</source>
        <translation>файл</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>A gap sits between two steps: this is the map's last step</source>
        <translation>Пробел стоит между двумя шагами: это последний шаг карты</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/import_dialog.py"/>
        <source>a journey map</source>
        <translation>карта пути клиента</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/svg.py"/>
        <source>A journey map made with Journey Editor</source>
        <translation>Карта пути клиента, созданная в Journey Editor</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>a library project needs a name</source>
        <translation>проекту в библиотеке нужно имя</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>a library project's name must be at most {0} characters</source>
        <translation>имя проекта библиотеки — не длиннее {0} символов</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>a library project's name must be one line of text, without spaces at either end</source>
        <translation>имя проекта библиотеки — одна строка текста без пробелов по краям</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/model/project.py"/>
        <source>a metric belongs to a stage, step or card of its map</source>
        <translation>метрика относится к этапу, шагу или карточке своей карты</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/preferences.py"/>
        <source>A new language shows when Journey Editor starts again.</source>
        <translation>Новый язык появится после перезапуска Journey Editor.</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>a page side can be at most {0} mm (PDF's 200-inch limit); {1} is larger: use --tile or a smaller page</source>
        <translation>сторона страницы не больше {0} мм (предел PDF — 200 дюймов); {1} больше: используйте --tile или страницу поменьше</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>a page side must be at least {0} mm</source>
        <translation>сторона страницы должна быть не меньше {0} мм</translation>
    </message>
    <message>
        <source>a part of the path is not a folder</source>
        <translation>часть пути не является папкой</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/mermaid.py"/>
        <source>a section's name cannot hold ':'</source>
        <translation>в названии раздела (section) не может быть «:»</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/import_dialog.py"/>
        <source>a service blueprint</source>
        <translation>схема обслуживания (blueprint)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/document.py"/>
        <source>a snapshot; copy cards from it and paste them into the project</source>
        <translation>это снимок; скопируйте из него карточки и вставьте их в проект</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>A stage keeps at least one step: delete the stage instead</source>
        <translation>у этапа остаётся хотя бы один шаг: удалите сам этап</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/model/project.py"/>
        <source>a step belongs to a stage of its own map</source>
        <translation>шаг относится к этапу своей карты</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/mermaid.py"/>
        <source>a task is 'name: score: actors': this line has more colons</source>
        <translation>задача записывается как «название: оценка: участники», а в этой строке лишние двоеточия</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/mermaid.py"/>
        <source>a task needs a name before its ':'</source>
        <translation>перед «:» у задачи должно быть название</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/mermaid.py"/>
        <source>a task needs a score from 0 to 5</source>
        <translation>у задачи должна быть оценка от 0 до 5</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>a team library needs psycopg: pip install 'journeyeditor[library]'</source>
        <translation>для командной библиотеки нужен psycopg: pip install 'journeyeditor[library]'</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>a time cannot be negative ({0!r})</source>
        <translation>время не может быть отрицательным ({0!r})</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>A voting round needs at least one participant</source>
        <translation>В раунде голосования нужен хотя бы один участник</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>A&amp;nonymous: no names, only</source>
        <translation>&amp;Анонимно: без имён, только</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>A3 sheets</source>
        <translation>Листы A3</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>A4 sheets</source>
        <translation>Листы A4</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>About Journey Editor</source>
        <translation>О программе Journey Editor</translation>
    </message>
    <message>
        <source>Accept / dismiss the selected suggestion (Ctrl+Z undoes)</source>
        <translation>Принять / отклонить выбранную подсказку (Ctrl+Z отменяет)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/gaps.py"/>
        <source>Accept A&amp;ll</source>
        <translation>Принять &amp;все</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/gaps.py"/>
        <source>Accept {0} suggested gaps</source>
        <translation>Принять предложенные пробелы ({0})</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/mermaid.py"/>
        <source>accTitle takes its value after a colon</source>
        <translation>значение accTitle пишется после двоеточия</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Действия</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <source>Actors named like a persona of this project become that persona: {0}</source>
        <translation>Участники с именем персоны этого проекта станут этой персоной: {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Add &amp;Card</source>
        <translation>Добавить &amp;карточку</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Add &amp;Gap After This Step…</source>
        <translation>Добавить &amp;пробел после этого шага…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Add &amp;Lane</source>
        <translation>Добавить &amp;дорожку</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Add &amp;Metric…</source>
        <translation>Добавить &amp;метрику…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Add &amp;Persona…</source>
        <translation>Добавить &amp;персону…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Add &amp;Stage</source>
        <translation>Добавить &amp;этап</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/panels.py"/>
        <source>Add a map</source>
        <translation>Добавить карту</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/panels.py"/>
        <source>Add a persona</source>
        <translation>Добавить персону</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/canvas/scene.py"/>
        <source>Add a persona (Ctrl+Shift+P) to draw an emotion line here</source>
        <translation>Добавьте персону (Ctrl+Shift+P), чтобы нарисовать здесь линию эмоций</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/canvas/items.py"/>
        <source>Add a point</source>
        <translation>Добавить точку</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/canvas/items.py"/>
        <source>Add a point for {0}: click at the feeling</source>
        <translation>Добавить точку для {0}: щёлкните на нужной эмоции</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Add Card Here</source>
        <translation>Добавить карточку сюда</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/window.py"/>
        <source>Add Co&amp;mment…</source>
        <translation>Добавить &amp;комментарий…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/comments.py"/>
        <location filename="../../src/journeyeditor/workshop/window.py"/>
        <source>Add Comment</source>
        <translation>Добавить комментарий</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Add comment</source>
        <translation>Добавить комментарий</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/window.py"/>
        <source>Add Comment on the Map…</source>
        <translation>Добавить комментарий к карте…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/window.py"/>
        <source>Add Comment…</source>
        <translation>Добавить комментарий…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Add emotion point</source>
        <translation>Добавить точку эмоции</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <source>Add Evidence</source>
        <translation>Добавить свидетельство</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/gaps.py"/>
        <source>Add Gap</source>
        <translation>Добавить пробел</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Add Gap After This Step…</source>
        <translation>Добавить пробел после этого шага…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Add Gap Here ({0})…</source>
        <translation>Добавить пробел сюда ({0})…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Add Lane</source>
        <translation>Добавить дорожку</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Add Lane Above</source>
        <translation>Добавить дорожку выше</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Add Lane Below</source>
        <translation>Добавить дорожку ниже</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Add map</source>
        <translation>Добавить карту</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>Add Metric</source>
        <translation>Добавить метрику</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Add Metric…</source>
        <translation>Добавить метрику…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Add Next Period…</source>
        <translation>Добавить следующий период…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Add Point for {0}</source>
        <translation>Добавить точку для {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Add S&amp;tep</source>
        <translation>Добавить &amp;шаг</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Add Stage</source>
        <translation>Добавить этап</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Add Stage After</source>
        <translation>Добавить этап после</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Add Stage Before</source>
        <translation>Добавить этап перед</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Add Step</source>
        <translation>Добавить шаг</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Add Step After</source>
        <translation>Добавить шаг после</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Add Step Before</source>
        <translation>Добавить шаг перед</translation>
    </message>
    <message>
        <source>Add that persona's point at the score under the pointer</source>
        <translation>Добавить точку этой персоны с оценкой под указателем</translation>
    </message>
    <message>
        <source>Add the neighbouring card to the selection</source>
        <translation>Добавить соседнюю карточку к выделению</translation>
    </message>
    <message>
        <source>Add the next persona's point here (then Up/Down)</source>
        <translation>Добавить здесь точку следующей персоны (затем Вверх/Вниз)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/gaps.py"/>
        <source>Add this gap to the map (Enter)</source>
        <translation>Добавить этот пробел на карту (Enter)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Add this report as pages after the map (A4 or Letter, landscape)</source>
        <translation>Добавить этот отчёт страницами после карты (A4 или Letter, альбомная)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/capture.py"/>
        <source>Add to {0}</source>
        <translation>Добавить в {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Add {0}</source>
        <translation>Добавить: {0}</translation>
    </message>
    <message>
        <source>added card {0}</source>
        <translation>добавлена карточка {0}</translation>
    </message>
    <message>
        <source>added connector {0}</source>
        <translation>добавлена связь {0}</translation>
    </message>
    <message>
        <source>added lane {0}</source>
        <translation>добавлена дорожка {0}</translation>
    </message>
    <message>
        <source>added map {0}</source>
        <translation>добавлена карта {0}</translation>
    </message>
    <message>
        <source>added metric {0}</source>
        <translation>добавлена метрика {0}</translation>
    </message>
    <message>
        <source>added persona {0}</source>
        <translation>добавлена персона {0}</translation>
    </message>
    <message>
        <source>added stage {0}</source>
        <translation>добавлен этап {0}</translation>
    </message>
    <message>
        <source>added step {0}</source>
        <translation>добавлен шаг {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <source>Advocacy</source>
        <translation>Рекомендация</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>День</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/layout/style.py"/>
        <source>against the source map</source>
        <translation>по сравнению с исходной картой</translation>
    </message>
    <message>
        <source>Aha</source>
        <translation>Озарение</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>All on one page, one under another</source>
        <translation>Все на одной странице, одна под другой</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>All on one page, side by side</source>
        <translation>Все на одной странице, рядом</translation>
    </message>
    <message>
        <source>All threads</source>
        <translation>Все ветки</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/library_ui.py"/>
        <source>Also open by: {0}</source>
        <translation>Также открыто у: {0}</translation>
    </message>
    <message>
        <source>Alt+Arrow keys</source>
        <translation>Alt+стрелки</translation>
    </message>
    <message>
        <source>Alt+Left / Alt+Right on a stage or step header</source>
        <translation>Alt+Влево / Alt+Вправо на заголовке этапа или шага</translation>
    </message>
    <message>
        <source>an input/output error on the disk</source>
        <translation>ошибка ввода-вывода на диске</translation>
    </message>
    <message>
        <source>Analytical</source>
        <translation>Аналитическое</translation>
    </message>
    <message>
        <source>analytics</source>
        <translation>аналитика</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/mermaid.py"/>
        <source>and {0} more</source>
        <translation>и ещё {0}</translation>
    </message>
    <message>
        <source>Anecdotal</source>
        <translation>Единичное</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf_comments.py"/>
        <location filename="../../src/journeyeditor/workshop/comments.py"/>
        <source>Anonymous</source>
        <translation>Анонимно</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>anonymous, {0} participants</source>
        <translation>анонимно, участников: {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf_votes.py"/>
        <source>Anonymous: {0} participants</source>
        <translation>Анонимно: участников — {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/store.py"/>
        <source>another program is writing it</source>
        <translation>в него пишет другая программа</translation>
    </message>
    <message>
        <source>ARCH E</source>
        <translation>ARCH E</translation>
    </message>
    <message>
        <source>Arrive</source>
        <translation>Приход</translation>
    </message>
    <message>
        <source>Arrow keys</source>
        <translation>Стрелки</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/preferences.py"/>
        <source>Asked for when you first comment</source>
        <translation>Спрашивается при первом комментарии</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>at {0} pt the card text needs a page of {1}, more than PDF's {2} mm: add --tile A4, A3 or letter, or ask for a smaller text size</source>
        <translation>при {0} пт текст карточек требует страницы {1}, больше предела PDF в {2} мм: добавьте --tile A4, A3 или letter либо выберите размер текста поменьше</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Automatic</source>
        <translation>Автоматически</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>automatic</source>
        <translation>автоматический</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Automatic ({0})</source>
        <translation>Автоматически ({0})</translation>
    </message>
    <message>
        <source>Awareness</source>
        <translation>Осведомлённость</translation>
    </message>
    <message>
        <source>B or .</source>
        <translation>B или .</translation>
    </message>
    <message>
        <source>Back to the cards below it</source>
        <translation>Назад к карточкам под ним</translation>
    </message>
    <message>
        <source>Backstage</source>
        <translation>Закулисье</translation>
    </message>
    <message>
        <source>Backstage actions</source>
        <translation>Действия за кулисами</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/history/restore.py"/>
        <source>Before restoring {0}</source>
        <translation>Перед восстановлением {0}</translation>
    </message>
    <message>
        <source>Black screen (again to come back)</source>
        <translation>Чёрный экран (ещё раз — вернуться)</translation>
    </message>
    <message>
        <source>Blank</source>
        <translation>Пустая</translation>
    </message>
    <message>
        <source>Blueprint lines</source>
        <translation>Линии блюпринта</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>body</source>
        <translation>текст</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>C&amp;onnect Selected Cards</source>
        <translation>&amp;Соединить выбранные карточки</translation>
    </message>
    <message>
        <source>C, or just type</source>
        <translation>C или просто начните печатать</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Cancel editing (a new empty card goes away)</source>
        <translation>Отменить правку (новая пустая карточка исчезнет)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Cannot create project</source>
        <translation>Не удалось создать проект</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Cannot open project</source>
        <translation>Не удалось открыть проект</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <source>Cannot open {0}: no such file</source>
        <translation>Не удалось открыть {0}: такого файла нет</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library_copy.py"/>
        <source>cannot publish to {0}: {1}</source>
        <translation>не удаётся опубликовать в {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>cannot reach the library {0}: {1}</source>
        <translation>нет связи с библиотекой {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/store.py"/>
        <source>cannot replace {0}: {1}</source>
        <translation>не удалось заменить {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Cannot save</source>
        <translation>Не удалось сохранить</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/owners_report.py"/>
        <source>Cannot save the report</source>
        <translation>Не удалось сохранить отчёт</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>cannot sign in to the library {0}: {1}</source>
        <translation>не удалось войти в библиотеку {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/fileio.py"/>
        <source>cannot write the file</source>
        <translation>не удалось записать файл</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Cannot write the project</source>
        <translation>Не удалось записать проект</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/fileio.py"/>
        <source>cannot write {0}: it is a folder</source>
        <translation>не удалось записать {0}: это папка</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/fileio.py"/>
        <location filename="../../src/journeyeditor/persistence/store.py"/>
        <source>cannot write {0}: it is not an ordinary file</source>
        <translation>не удалось записать {0}: это не обычный файл</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/fileio.py"/>
        <location filename="../../src/journeyeditor/persistence/store.py"/>
        <source>cannot write {0}: the folder {1} does not exist</source>
        <translation>не удалось записать {0}: папки {1} нет</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/fileio.py"/>
        <source>cannot write {0}: the folder {1} is not writable</source>
        <translation>не удалось записать {0}: в папку {1} нельзя писать</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/fileio.py"/>
        <location filename="../../src/journeyeditor/persistence/store.py"/>
        <source>cannot write {0}: {1}</source>
        <translation>не удалось записать {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/fileio.py"/>
        <source>cannot write {0}: {1} is not a folder</source>
        <translation>не удалось записать {0}: {1} — не папка</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/shortcuts.py"/>
        <source>Canvas</source>
        <translation>Холст</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/capture.py"/>
        <source>Capture “{0}”</source>
        <translation>Записать «{0}»</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf_votes.py"/>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>Card</source>
        <translation>Карточка</translation>
    </message>
    <message>
        <source>card</source>
        <translation>карточка</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Card text</source>
        <translation>Текст карточек</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>card text {0} pt</source>
        <translation>текст карточек {0} пт</translation>
    </message>
    <message>
        <source>Card title</source>
        <translation>Заголовок карточки</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Card Type</source>
        <translation>Тип карточки</translation>
    </message>
    <message>
        <source>Card type</source>
        <translation>Тип карточки</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>card type</source>
        <translation>тип карточки</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/layout/style.py"/>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>Card types</source>
        <translation>Типы карточек</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>Card “{0}”</source>
        <translation>Карточка «{0}»</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/reports/comments.py"/>
        <source>Card: {0}</source>
        <translation>Карточка: {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/reports/rounds.py"/>
        <source>cards in {0} lanes</source>
        <translation>карточки в дорожках «{0}»</translation>
    </message>
    <message>
        <source>Cards of a lane</source>
        <translation>Карточки дорожки</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/import_dialog.py"/>
        <source>Cards: {0} · stages: {1} · lanes: {2} · {3}</source>
        <translation>Карточек: {0} · этапов: {1} · дорожек: {2} · {3}</translation>
    </message>
    <message>
        <source>cell</source>
        <translation>ячейка</translation>
    </message>
    <message>
        <source>CES</source>
        <translation>CES</translation>
    </message>
    <message>
        <source>CES (1 to 7, lower is better)</source>
        <translation>CES (от 1 до 7, чем меньше, тем лучше)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Change card type</source>
        <translation>Изменить тип карточки</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Change emotion scale</source>
        <translation>Изменить шкалу эмоций</translation>
    </message>
    <message>
        <source>Change its score</source>
        <translation>Изменить оценку</translation>
    </message>
    <message>
        <source>CHANGED</source>
        <translation>ИЗМЕНЕНО</translation>
    </message>
    <message>
        <source>changed card {0}</source>
        <translation>изменена карточка {0}</translation>
    </message>
    <message>
        <source>changed connector {0}</source>
        <translation>изменена связь {0}</translation>
    </message>
    <message>
        <source>changed lane {0}</source>
        <translation>изменена дорожка {0}</translation>
    </message>
    <message>
        <source>changed map {0}</source>
        <translation>изменена карта {0}</translation>
    </message>
    <message>
        <source>changed metric {0}</source>
        <translation>изменена метрика {0}</translation>
    </message>
    <message>
        <source>changed persona {0}</source>
        <translation>изменена персона {0}</translation>
    </message>
    <message>
        <source>changed stage {0}</source>
        <translation>изменён этап {0}</translation>
    </message>
    <message>
        <source>changed step {0}</source>
        <translation>изменён шаг {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Changes not written</source>
        <translation>Изменения не записаны</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>channel</source>
        <translation>канал</translation>
    </message>
    <message>
        <source>Channel switch</source>
        <translation>Смена канала</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Каналы</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Чат</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>Choose at least one card type and one lane.</source>
        <translation>Выберите хотя бы один тип карточек и одну дорожку.</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/panels.py"/>
        <source>Choose Photo</source>
        <translation>Выбор фото</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/panels.py"/>
        <source>Choose Photo…</source>
        <translation>Выбрать фото…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>Choose two different snapshots to compare</source>
        <translation>Выберите для сравнения два разных снимка</translation>
    </message>
    <message>
        <source>Choose whose turn it is</source>
        <translation>Выбрать, чей ход</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/priority_matrix.py"/>
        <source>Clear rating</source>
        <translation>Сбросить оценку</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/date_field.py"/>
        <source>Clear the date</source>
        <translation>Очистить дату</translation>
    </message>
    <message>
        <source>Click a + handle in the emotion band</source>
        <translation>Щелчок по маркеру + в полосе эмоций</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>Click a card to place the active participant's dot.</source>
        <translation>Щёлкните карточку, чтобы поставить точку текущего участника.</translation>
    </message>
    <message>
        <source>Click a card while a round is open</source>
        <translation>Щелчок по карточке во время раунда</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/gaps.py"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Close Without Them</source>
        <translation>Закрыть без них</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/inspector.py"/>
        <location filename="../../src/journeyeditor/ui/panels.py"/>
        <source>Colour</source>
        <translation>Цвет</translation>
    </message>
    <message>
        <source>colour</source>
        <translation>цвет</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/shortcuts.py"/>
        <source>Command</source>
        <translation>Команда</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>комментарий</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/comments.py"/>
        <source>Comment deleted (Undo brings it back)</source>
        <translation>Комментарий удалён (отмена вернёт его)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/window.py"/>
        <source>Comments</source>
        <translation>Комментарии</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/window.py"/>
        <source>Comments ({0} open)</source>
        <translation>Комментарии (открытых: {0})</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf_comments.py"/>
        <source>Comments — {0}</source>
        <translation>Комментарии — {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Comments: bubbles on the map, and a page of its threads</source>
        <translation>Комментарии: выноски на карте и страница с их ветками</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>Compare</source>
        <translation>Сравнить</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>Compare Since</source>
        <translation>Сравнить с момента</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>Compare with</source>
        <translation>С чем сравнить</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Compare with &amp;Source Map</source>
        <translation>Сравнить с &amp;исходной картой</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>Compare with the latest snapshot taken by a date: 2026-05-31, or 6 months ago</source>
        <translation>Сравнить с последним снимком, сделанным к дате: 2026-05-31 или 6 месяцев назад</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>Compare with:</source>
        <translation>Сравнить с:</translation>
    </message>
    <message>
        <source>Connect the selected card to the one you go to</source>
        <translation>Соединить выбранную карточку с той, к которой перейдёте</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Connect {0} cards</source>
        <translation>Соединить карточки ({0})</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Connecting: go to the target card with the arrow keys and press Enter (Esc cancels)</source>
        <translation>Соединение: перейдите стрелками к нужной карточке и нажмите Enter (Esc — отмена)</translation>
    </message>
    <message>
        <source>Connector</source>
        <translation>Связь</translation>
    </message>
    <message>
        <source>connector</source>
        <translation>связь</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Connector label</source>
        <translation>Подпись связи</translation>
    </message>
    <message>
        <source>Consideration</source>
        <translation>Рассмотрение</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Конверсия</translation>
    </message>
    <message>
        <source>Conversion (%)</source>
        <translation>Конверсия (%)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Copied into {0}</source>
        <translation>Скопировано в {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>Copy a Map</source>
        <translation>Скопировать карту</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>Copy a Map…</source>
        <translation>Скопировать карту…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/history/restore.py"/>
        <source>Copy map from {0}</source>
        <translation>Скопировать карту из {0}</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Количество</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/timer.py"/>
        <source>Countdown</source>
        <translation>Обратный отсчёт</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Create &amp;Day in the Life from This Journey</source>
        <translation>Создать «&amp;Один день из жизни» по этому пути</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Create &amp;Future State from This Map</source>
        <translation>Создать &amp;будущее состояние по этой карте</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Create day in the life</source>
        <translation>Создать «Один день из жизни»</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Create future state</source>
        <translation>Создать будущее состояние</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Create Service &amp;Blueprint from This Journey</source>
        <translation>Создать сервисный &amp;блюпринт по этому пути</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Create service blueprint</source>
        <translation>Создать сервисный блюпринт</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Crop and alignment marks</source>
        <translation>Метки обрезки и совмещения</translation>
    </message>
    <message>
        <source>CSAT (%)</source>
        <translation>CSAT (%)</translation>
    </message>
    <message>
        <source>CSAT (1 to 5)</source>
        <translation>CSAT (от 1 до 5)</translation>
    </message>
    <message>
        <source>CSAT (1–5)</source>
        <translation>CSAT (1–5)</translation>
    </message>
    <message>
        <source>Ctrl+K, arrows, Enter</source>
        <translation>Ctrl+K, стрелки, Enter</translation>
    </message>
    <message>
        <source>Ctrl+Right / Ctrl+Left</source>
        <translation>Ctrl+Вправо / Ctrl+Влево</translation>
    </message>
    <message>
        <source>Ctrl+wheel</source>
        <translation>Ctrl+колёсико</translation>
    </message>
    <message>
        <source>Ctrl+Z / Ctrl+Shift+Z</source>
        <translation>Ctrl+Z / Ctrl+Shift+Z</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Вырезать</translation>
    </message>
    <message>
        <source>Current state</source>
        <translation>Текущее состояние</translation>
    </message>
    <message>
        <source>Custom KPI</source>
        <translation>Пользовательский KPI</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/mermaid.py"/>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>Customer actions</source>
        <translation>Действия клиента</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Cut</source>
        <translation>Вырезать</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>D&amp;uplicate</source>
        <translation>&amp;Дублировать</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/library_ui.py"/>
        <source>Database:</source>
        <translation>База данных:</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>day before</source>
        <translation>накануне</translation>
    </message>
    <message>
        <source>Day in the life</source>
        <translation>Один день из жизни</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Delete Connector</source>
        <translation>Удалить связь</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Delete Gap</source>
        <translation>Удалить пробел</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Delete Lane</source>
        <translation>Удалить дорожку</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Delete Metric</source>
        <translation>Удалить метрику</translation>
    </message>
    <message>
        <source>Delete on a step header</source>
        <translation>Delete на заголовке шага</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Delete Point</source>
        <translation>Удалить точку</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>Delete Round</source>
        <translation>Удалить раунд</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Delete Stage</source>
        <translation>Удалить этап</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Delete Step</source>
        <translation>Удалить шаг</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Delete Step (a stage keeps at least one)</source>
        <translation>Удалить шаг (у этапа остаётся хотя бы один)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/panels.py"/>
        <source>Delete the map</source>
        <translation>Удалить карту</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/panels.py"/>
        <source>Delete the persona</source>
        <translation>Удалить персону</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>Delete the round “{0}” and its {1} dots? (Undo brings them back.)</source>
        <translation>Удалить раунд «{0}» и его точки ({1})? (Отмена вернёт их.)</translation>
    </message>
    <message>
        <source>Delete the step and its cards (a stage keeps at least one)</source>
        <translation>Удалить шаг и его карточки (у этапа остаётся хотя бы один)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Delete {0}</source>
        <translation>Удалить: {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Delete {0} items</source>
        <translation>Удалить элементы ({0})</translation>
    </message>
    <message>
        <source>Department hand-off</source>
        <translation>Передача между отделами</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>description</source>
        <translation>описание</translation>
    </message>
    <message>
        <source>Device switch</source>
        <translation>Смена устройства</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Dismiss gap suggestion</source>
        <translation>Отклонить подсказку о пробеле</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/gaps.py"/>
        <source>Do not suggest this gap again (Delete)</source>
        <translation>Больше не предлагать этот пробел (Delete)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Сделано</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>Dot colour</source>
        <translation>Цвет точки</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf_votes.py"/>
        <source>Dots</source>
        <translation>Точки</translation>
    </message>
    <message>
        <source>Double-click a gap's glyph</source>
        <translation>Двойной щелчок по значку пробела</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/owners_report.py"/>
        <source>Double-click an opportunity (or press Enter) to show it on its map.</source>
        <translation>Дважды щёлкните возможность (или нажмите Enter), чтобы показать её на карте.</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/canvas/metrics.py"/>
        <source>Double-click to edit</source>
        <translation>Дважды щёлкните, чтобы изменить</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Down</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <source>Down on a stage or step header</source>
        <translation>Вниз на заголовке этапа или шага</translation>
    </message>
    <message>
        <source>Drag a stage, step or lane header</source>
        <translation>Перетаскивание заголовка этапа, шага или дорожки</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/priority_matrix.py"/>
        <source>Drag an opportunity to a cell to rate it, or to the tray to clear its rating. With the keyboard: Tab picks the next one, the arrows move it a cell, Delete clears its rating.</source>
        <translation>Перетащите возможность в ячейку, чтобы оценить её, или в лоток, чтобы сбросить оценку. С клавиатуры: Tab выбирает следующую, стрелки двигают её на ячейку, Delete сбрасывает оценку.</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Drag onto the map, or press Enter to add one to the selected cell</source>
        <translation>Перетащите на карту или нажмите Enter, чтобы добавить в выбранную ячейку</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>due</source>
        <translation>срок</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/priority_matrix.py"/>
        <source>due {0}</source>
        <translation>срок {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <location filename="../../src/journeyeditor/ui/panels.py"/>
        <source>Duplicate</source>
        <translation>Дублировать</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Duplicate map</source>
        <translation>Дублировать карту</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/panels.py"/>
        <source>Duplicate the map</source>
        <translation>Дублировать карту</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>e.g. %, per day, €</source>
        <translation>напр. %, в день, €</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>e.g. Docks full</source>
        <translation>напр. Доки заполнены</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>e.g. Quarterly survey, n = 400</source>
        <translation>напр. Квартальный опрос, n = 400</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <source>Each journey becomes a map:</source>
        <translation>Каждый путь станет картой:</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Each participant needs at least one vote</source>
        <translation>У каждого участника должен быть хотя бы один голос</translation>
    </message>
    <message>
        <source>Early morning</source>
        <translation>Раннее утро</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/panels.py"/>
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Edit &amp;Text</source>
        <translation>Изменить &amp;текст</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <source>Edit Evidence</source>
        <translation>Изменить свидетельство</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <source>Edit evidence</source>
        <translation>Изменить свидетельство</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/gaps.py"/>
        <source>Edit Gap</source>
        <translation>Изменить пробел</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/gaps.py"/>
        <source>Edit gap</source>
        <translation>Изменить пробел</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Edit Gap…</source>
        <translation>Изменить пробел…</translation>
    </message>
    <message>
        <source>Edit its kind and note (Delete removes a selected glyph)</source>
        <translation>Изменить вид и заметку (Delete удаляет выбранный значок)</translation>
    </message>
    <message>
        <source>Edit its note</source>
        <translation>Изменить заметку</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Edit Label…</source>
        <translation>Изменить подпись…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>Edit Metric</source>
        <translation>Изменить метрику</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>Edit metric</source>
        <translation>Изменить метрику</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Edit Metric…</source>
        <translation>Изменить метрику…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Edit Note</source>
        <translation>Изменить заметку</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Edit Text</source>
        <translation>Изменить текст</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/panels.py"/>
        <source>Edit the persona</source>
        <translation>Изменить персону</translation>
    </message>
    <message>
        <source>Edit the selected card; add a card in an empty cell</source>
        <translation>Изменить выбранную карточку; в пустой ячейке — добавить карточку</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Edit {0}</source>
        <translation>Изменить: {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Затраты</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>effort</source>
        <translation>трудозатраты</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/priority_matrix.py"/>
        <source>Effort →</source>
        <translation>Затраты →</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>emotion</source>
        <translation>эмоция</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Emotion &amp;Notes</source>
        <translation>&amp;Заметки к эмоциям</translation>
    </message>
    <message>
        <source>Emotion Average</source>
        <translation>Средняя эмоция</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Emotion notes by the faces</source>
        <translation>Заметки к эмоциям у лиц</translation>
    </message>
    <message>
        <source>Emotion of a persona</source>
        <translation>Эмоция персонажа</translation>
    </message>
    <message>
        <source>Emotion point</source>
        <translation>Точка эмоции</translation>
    </message>
    <message>
        <source>emotion point</source>
        <translation>точка эмоции</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/layout/style.py"/>
        <source>Emotion scale</source>
        <translation>Шкала эмоций</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>emotion scores from {0} to {1} fit no scale (-2..2, 1..5, -3..3, 1..7, 1..10, 0..10, -5..5, -10..10, 0..100)</source>
        <translation>оценки эмоций от {0} до {1} не подходят ни к одной шкале (-2..2, 1..5, -3..3, 1..7, 1..10, 0..10, -5..5, -10..10, 0..100)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/mermaid.py"/>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>Emotions</source>
        <translation>Эмоции</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/canvas/compare.py"/>
        <source>Emotions at the snapshot</source>
        <translation>Эмоции на момент снимка</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/canvas/compare.py"/>
        <source>Emotions on the source map</source>
        <translation>Эмоции на исходной карте</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>end</source>
        <translation>конец</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>Enter / Delete in Suggested Gaps</source>
        <translation>Enter / Delete в «Предлагаемых пробелах»</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/capture.py"/>
        <source>Enter adds · Esc closes</source>
        <translation>Enter — добавить · Esc — закрыть</translation>
    </message>
    <message>
        <source>Enter in the emotion band</source>
        <translation>Enter в полосе эмоций</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/canvas/scene.py"/>
        <source>Enter renames, Alt+Left/Right moves, Delete deletes, Down goes back to the cards</source>
        <translation>Enter — переименовать, Alt+Влево/Вправо — переместить, Delete — удалить, Вниз — назад к карточкам</translation>
    </message>
    <message>
        <source>Enter, Backspace while a round is open</source>
        <translation>Enter, Backspace во время раунда</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Evening</source>
        <translation>Вечер</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/reports/rounds.py"/>
        <source>every card</source>
        <translation>все карточки</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/owners_report.py"/>
        <source>Every map</source>
        <translation>Все карты</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Every map of the project</source>
        <translation>Все карты проекта</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <source>Evidence</source>
        <translation>Свидетельства</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>свидетельство</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <source>Evidence file</source>
        <translation>Файл свидетельства</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/tabular_io.py"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Книга Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Expectations</source>
        <translation>Ожидания</translation>
    </message>
    <message>
        <source>expectations</source>
        <translation>ожидания</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/mermaid.py"/>
        <source>expected 'Task name: score: actor, actor', 'section …' or 'title …'</source>
        <translation>ожидается «Название задачи: оценка: участник, участник», «section …» или «title …»</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Export &amp;JSON…</source>
        <translation>Экспорт в &amp;JSON…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <source>Export &amp;Mermaid…</source>
        <translation>Экспорт в &amp;Mermaid…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Export &amp;PDF…</source>
        <translation>Экспорт в &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Export &amp;XLSX…</source>
        <translation>Экспорт в &amp;XLSX…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Export CS&amp;V…</source>
        <translation>Экспорт в CS&amp;V…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/tabular_io.py"/>
        <source>Export CSV</source>
        <translation>Экспорт в CSV</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <location filename="../../src/journeyeditor/ui/tabular_io.py"/>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>Export failed</source>
        <translation>Экспорт не удался</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Export JSON</source>
        <translation>Экспорт в JSON</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <source>Export Mermaid</source>
        <translation>Экспорт в Mermaid</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Export P&amp;NG…</source>
        <translation>Экспорт в P&amp;NG…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Export PDF</source>
        <translation>Экспорт в PDF</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Export PDF — {0} sheets</source>
        <translation>Экспорт в PDF — листов: {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Export PDF…</source>
        <translation>Экспорт в PDF…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <location filename="../../src/journeyeditor/ui/png_dialog.py"/>
        <source>Export PNG</source>
        <translation>Экспорт в PNG</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Export PNG…</source>
        <translation>Экспорт в PNG…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>Export Results</source>
        <translation>Экспорт результатов</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <source>Export S&amp;VG…</source>
        <translation>Экспорт в S&amp;VG…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <source>Export SVG</source>
        <translation>Экспорт в SVG</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/tabular_io.py"/>
        <source>Export XLSX</source>
        <translation>Экспорт в XLSX</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Exporting PDF…</source>
        <translation>Экспорт в PDF…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>F&amp;ollow Link</source>
        <translation>Перейти по &amp;ссылке</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>F&amp;ull Screen</source>
        <translation>&amp;Полноэкранный режим</translation>
    </message>
    <message>
        <source>F1 or ?</source>
        <translation>F1 или ?</translation>
    </message>
    <message>
        <source>F2 or Enter on a stage, step or lane header</source>
        <translation>F2 или Enter на заголовке этапа, шага или дорожки</translation>
    </message>
    <message>
        <source>F2 or Enter on an emotion face</source>
        <translation>F2 или Enter на лице эмоции</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/layout/style.py"/>
        <source>Fail point</source>
        <translation>Точка сбоя</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>fail point</source>
        <translation>точка отказа</translation>
    </message>
    <message>
        <source>Fill-ins</source>
        <translation>Мелкие дела</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Find cards (Ctrl+F)</source>
        <translation>Найти карточки (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Fit</source>
        <translation>Вписать</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>fit</source>
        <translation>по размеру</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Fit the map (one page)</source>
        <translation>По размеру карты (одна страница)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Fit to Window</source>
        <translation>По размеру окна</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>For</source>
        <translation>Для</translation>
    </message>
    <message>
        <source>from card</source>
        <translation>от карточки</translation>
    </message>
    <message>
        <source>Frontstage</source>
        <translation>На виду</translation>
    </message>
    <message>
        <source>Frontstage actions</source>
        <translation>Действия на виду</translation>
    </message>
    <message>
        <source>Future state</source>
        <translation>Будущее состояние</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Пробел</translation>
    </message>
    <message>
        <source>gap</source>
        <translation>пробел</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Gap Kind</source>
        <translation>Вид пробела</translation>
    </message>
    <message>
        <source>Gaps</source>
        <translation>Пробелы</translation>
    </message>
    <message>
        <source>Go to the neighbouring card, or cell when it is empty</source>
        <translation>Перейти к соседней карточке или ячейке, если она пуста</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presenter.py"/>
        <source>Goal</source>
        <translation>Цель</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>цель</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Цели</translation>
    </message>
    <message>
        <source>goals</source>
        <translation>цели</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Heatmap</source>
        <translation>Тепловая карта</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/heatmap_menu.py"/>
        <source>Heatmap: {0}</source>
        <translation>Тепловая карта: {0}</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Высота</translation>
    </message>
    <message>
        <source>hidden lines</source>
        <translation>скрытые линии</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Hide persona</source>
        <translation>Скрыть персону</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>Higher is better</source>
        <translation>Чем больше, тем лучше</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/import_dialog.py"/>
        <source>Holds</source>
        <translation>Содержит</translation>
    </message>
    <message>
        <source>Home / End</source>
        <translation>Home / End</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <source>https://… or a file</source>
        <translation>https://… или файл</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Идея</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Изображения</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/panels.py"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Изображения (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Влияние</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>impact</source>
        <translation>влияние</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/canvas/scene.py"/>
        <source>Impact {0}, effort {1}</source>
        <translation>Влияние {0}, затраты {1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/priority_matrix.py"/>
        <source>impact {0}, effort {1}</source>
        <translation>влияние {0}, затраты {1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/priority_matrix.py"/>
        <source>Impact →</source>
        <translation>Влияние →</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/import_dialog.py"/>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <location filename="../../src/journeyeditor/ui/tabular_io.py"/>
        <source>Import</source>
        <translation>Импорт</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <source>Import Mermaid Journey</source>
        <translation>Импорт пути из Mermaid</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <source>Import Mermaid journey</source>
        <translation>Импорт пути из Mermaid</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/tabular_io.py"/>
        <source>Import {0}</source>
        <translation>Импорт {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <source>Import {0} Mermaid journeys</source>
        <translation>Импорт путей из Mermaid: {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>Imported map</source>
        <translation>Импортированная карта</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/tabular_io.py"/>
        <source>Imported {0}</source>
        <translation>Импортировано: {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <source>Imported {0} maps from {1}</source>
        <translation>Импортировано карт из {1}: {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <source>Imported “{0}” from {1}</source>
        <translation>Импортирована карта «{0}» из {1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>In lanes</source>
        <translation>В дорожках</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Лично</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>В работе</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <source>In their words (optional)</source>
        <translation>Их словами (необязательно)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Inspector</source>
        <translation>Свойства</translation>
    </message>
    <message>
        <source>interview</source>
        <translation>интервью</translation>
    </message>
    <message>
        <source>interview, observation, quote…</source>
        <translation>интервью, наблюдение, цитата…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/store.py"/>
        <source>it carries Journey Editor's signature but not its tables ({0})</source>
        <translation>в нём есть подпись Journey Editor, но нет его таблиц ({0})</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>it has card details but no card title or text</source>
        <translation>в строке есть данные карточки, но нет ни заголовка, ни текста</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>это папка</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/templates.py"/>
        <source>Journey map</source>
        <translation>Карта пути клиента</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Journey projects (*.journey)</source>
        <translation>Проекты Journey (*.journey)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Journey projects (*.journey);;All files (*)</source>
        <translation>Проекты Journey (*.journey);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/app.py"/>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>journeyeditor: error: {0}</source>
        <translation>journeyeditor: ошибка: {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>journeyeditor: skipped {0}</source>
        <translation>journeyeditor: пропущено: {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>journeyeditor: {0}</source>
        <translation>journeyeditor: {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <source>Keep Mermaid's scale on the new maps ({0})</source>
        <translation>Оставить на новых картах шкалу Mermaid ({0})</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/shortcuts.py"/>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/shortcuts.py"/>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <location filename="../../src/journeyeditor/ui/gaps.py"/>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>вид</translation>
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
        <translation>Подпись</translation>
    </message>
    <message>
        <source>label</source>
        <translation>подпись</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Label:</source>
        <translation>Подпись:</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Landscape</source>
        <translation>Альбомная</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>landscape</source>
        <translation>альбомная</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf_votes.py"/>
        <source>Lane</source>
        <translation>Дорожка</translation>
    </message>
    <message>
        <source>lane</source>
        <translation>дорожка</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Lane Kind</source>
        <translation>Вид дорожки</translation>
    </message>
    <message>
        <source>Lane kind</source>
        <translation>Тип дорожки</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>lane kind</source>
        <translation>тип дорожки</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/preferences.py"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Leave</source>
        <translation>Уход</translation>
    </message>
    <message>
        <source>Leave the presentation</source>
        <translation>Выйти из презентации</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Left</source>
        <translation>Влево</translation>
    </message>
    <message>
        <source>Left / Right on an emotion face</source>
        <translation>Влево / Вправо на лице эмоции</translation>
    </message>
    <message>
        <source>Left, Up, Page Up, Backspace</source>
        <translation>Влево, Вверх, Page Up, Backspace</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Legal</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/timer.py"/>
        <source>Length:</source>
        <translation>Длительность:</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Letter sheets</source>
        <translation>Листы Letter</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/library_ui.py"/>
        <source>Library</source>
        <translation>Библиотека</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Library password</source>
        <translation>Пароль библиотеки</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>library {0}: {1} failed ({2})</source>
        <translation>библиотека {0}: не удалось: {1} ({2})</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/panels.py"/>
        <source>Line colour</source>
        <translation>Цвет линии</translation>
    </message>
    <message>
        <source>Line of interaction</source>
        <translation>Линия взаимодействия</translation>
    </message>
    <message>
        <source>Line of internal interaction</source>
        <translation>Линия внутреннего взаимодействия</translation>
    </message>
    <message>
        <source>Line of visibility</source>
        <translation>Линия видимости</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/mermaid.py"/>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <source>line {0}: {1}</source>
        <translation>строка {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <source>Link</source>
        <translation>Ссылка</translation>
    </message>
    <message>
        <source>linked map</source>
        <translation>связанная карта</translation>
    </message>
    <message>
        <source>Links to map</source>
        <translation>Ссылка на карту</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/library_ui.py"/>
        <source>List Projects</source>
        <translation>Список проектов</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>listing the projects</source>
        <translation>получение списка проектов</translation>
    </message>
    <message>
        <source>log</source>
        <translation>журнал</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Main</source>
        <translation>Основная</translation>
    </message>
    <message>
        <source>Major projects</source>
        <translation>Крупные проекты</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>making the catalogue</source>
        <translation>создание каталога</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Карта</translation>
    </message>
    <message>
        <source>map</source>
        <translation>карта</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/import_dialog.py"/>
        <source>Map name:</source>
        <translation>Название карты:</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>Map of “{0}”:</source>
        <translation>Карта из «{0}»:</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/reports/comments.py"/>
        <source>Map: {0}</source>
        <translation>Карта: {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Maps</source>
        <translation>Карты</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Match {0} of {1}</source>
        <translation>Совпадение {0} из {1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/shortcuts.py"/>
        <source>Menu</source>
        <translation>Меню</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <source>Mermaid (*.mmd);;Markdown (*.md)</source>
        <translation>Mermaid (*.mmd);;Markdown (*.md)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/mermaid.py"/>
        <source>Mermaid does not allow ';' in a journey</source>
        <translation>Mermaid не допускает «;» в пути</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <source>Mermaid journeys (*.mmd *.mermaid *.md *.markdown);;All files (*)</source>
        <translation>Пути Mermaid (*.mmd *.mermaid *.md *.markdown);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <source>Mermaid scores tasks from 1 (sad) to 5 (happy).</source>
        <translation>Mermaid оценивает задачи от 1 (грустно) до 5 (радостно).</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Метрика</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>metric</source>
        <translation>метрика</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/inspector.py"/>
        <source>Metrics</source>
        <translation>Метрики</translation>
    </message>
    <message>
        <source>Micro</source>
        <translation>Микро</translation>
    </message>
    <message>
        <source>Micro-moment</source>
        <translation>Микромомент</translation>
    </message>
    <message>
        <source>Midday</source>
        <translation>Полдень</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library_copy.py"/>
        <source>mine</source>
        <translation>моя</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>минуты</translation>
    </message>
    <message>
        <source>Mobile app</source>
        <translation>Мобильное приложение</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/timer.py"/>
        <source>Mode:</source>
        <translation>Режим:</translation>
    </message>
    <message>
        <source>Moment</source>
        <translation>Момент</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>moment</source>
        <translation>момент</translation>
    </message>
    <message>
        <source>Moment of truth</source>
        <translation>Момент истины</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/layout/style.py"/>
        <source>Moments</source>
        <translation>Моменты</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>Утро</translation>
    </message>
    <message>
        <source>Move between the panels and the canvas</source>
        <translation>Переход между панелями и холстом</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Move Left</source>
        <translation>Переместить влево</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Move One Cell</source>
        <translation>Переместить на одну ячейку</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Move Right</source>
        <translation>Переместить вправо</translation>
    </message>
    <message>
        <source>Move the selected cards one cell</source>
        <translation>Переместить выбранные карточки на одну ячейку</translation>
    </message>
    <message>
        <source>Move the stage, or the step inside its stage</source>
        <translation>Переместить этап или шаг внутри его этапа</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Move {0} cards</source>
        <translation>Переместить карточки ({0})</translation>
    </message>
    <message>
        <source>moved card {0}</source>
        <translation>перемещена карточка {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <location filename="../../src/journeyeditor/ui/panels.py"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>name</source>
        <translation>название</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Name of the snapshot (e.g. Q3 review):</source>
        <translation>Название снимка (например, «Итоги Q3»):</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/library_ui.py"/>
        <source>Name the database and the project</source>
        <translation>Укажите базу данных и проект</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>named</source>
        <translation>именованный</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>Ne&amp;xt Participant</source>
        <translation>&amp;Следующий участник</translation>
    </message>
    <message>
        <source>NEW</source>
        <translation>НОВОЕ</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/window.py"/>
        <source>New &amp;Voting Round…</source>
        <translation>Новый раунд &amp;голосования…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>New lane</source>
        <translation>Новая дорожка</translation>
    </message>
    <message>
        <source>New line while editing a card</source>
        <translation>Новая строка при правке карточки</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/gallery.py"/>
        <location filename="../../src/journeyeditor/ui/panels.py"/>
        <source>New map</source>
        <translation>Новая карта</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/panels.py"/>
        <source>New persona</source>
        <translation>Новая персона</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>New project</source>
        <translation>Новый проект</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/start_page.py"/>
        <source>New Project…</source>
        <translation>Новый проект…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>New stage</source>
        <translation>Новый этап</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>New Voting Round</source>
        <translation>Новый раунд голосования</translation>
    </message>
    <message>
        <source>Next / previous stage</source>
        <translation>Следующий / предыдущий этап</translation>
    </message>
    <message>
        <source>Next slide</source>
        <translation>Следующий слайд</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presenter.py"/>
        <source>Next: {0}</source>
        <translation>Далее: {0}</translation>
    </message>
    <message>
        <source>Night</source>
        <translation>Ночь</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/mermaid.py"/>
        <source>No actor</source>
        <translation>Без участника</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>No card on this map is of these types in these lanes yet.</source>
        <translation>На этой карте пока нет карточек этих типов в этих дорожках.</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>no command given (try --help)</source>
        <translation>команда не указана (см. --help)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf_comments.py"/>
        <source>No comments.</source>
        <translation>Комментариев нет.</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <source>No Date</source>
        <translation>Без даты</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/date_field.py"/>
        <source>No date</source>
        <translation>Без даты</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/app.py"/>
        <source>no display to show the editor on (neither DISPLAY nor WAYLAND_DISPLAY is set); without one use the commands new, info, import and export (journeyeditor --help)</source>
        <translation>нет дисплея, на котором показать редактор (не задан ни DISPLAY, ни WAYLAND_DISPLAY); без него используйте команды new, info, import и export (journeyeditor --help)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <source>No evidence yet: this card is a claim nothing backs.</source>
        <translation>Свидетельств пока нет: эта карточка — ничем не подкреплённое утверждение.</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/library_ui.py"/>
        <source>No keyring</source>
        <translation>Нет хранилища паролей</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/priority_matrix.py"/>
        <source>No map</source>
        <translation>Нет карты</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>no map named {0!r} (maps: {1})</source>
        <translation>нет карты с названием {0!r} (карты: {1})</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>No map named {0}</source>
        <translation>Нет карты с названием {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/mermaid.py"/>
        <source>no Mermaid journey here ({0} other Mermaid diagrams passed over)</source>
        <translation>здесь нет пути Mermaid (пропущено других диаграмм Mermaid: {0})</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/mermaid.py"/>
        <source>no Mermaid journey here: a journey starts with the line 'journey'</source>
        <translation>здесь нет пути Mermaid: путь начинается со строки «journey»</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/mermaid.py"/>
        <source>no Mermaid journey here: none of its mermaid blocks holds one</source>
        <translation>здесь нет пути Mermaid: ни в одном блоке mermaid его нет</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/gaps.py"/>
        <source>No more suggestions: every change of channel, device or owner between neighbouring steps has its gap or was dismissed.</source>
        <translation>Подсказок больше нет: у каждой смены канала, устройства или ответственного между соседними шагами есть пробел, либо она отклонена.</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/priority_matrix.py"/>
        <source>no owner</source>
        <translation>нет ответственного</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>no period</source>
        <translation>без периода</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/panels.py"/>
        <source>No photo</source>
        <translation>Нет фото</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/start_page.py"/>
        <source>No project open</source>
        <translation>Нет открытого проекта</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>no sheet named {0!r}</source>
        <translation>нет листа с именем {0!r}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>No snapshot taken by “{0}” (dates are 2026-05-31 or 6 months ago)</source>
        <translation>Нет снимка, сделанного к «{0}» (даты: 2026-05-31 или 6 months ago)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>no stage (and no row above names one)</source>
        <translation>нет этапа (и ни одна строка выше его не называет)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>No such participant in this round</source>
        <translation>В этом раунде нет такого участника</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/library_ui.py"/>
        <source>No system keyring is available here, so the password is not kept: it is asked for each time.</source>
        <translation>Системное хранилище паролей недоступно, поэтому пароль не сохраняется: он будет запрашиваться каждый раз.</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>No tiling</source>
        <translation>Без разбиения</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presenter.py"/>
        <source>No votes yet</source>
        <translation>Голосов пока нет</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf_votes.py"/>
        <source>No votes yet.</source>
        <translation>Голосов пока нет.</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presenter.py"/>
        <source>No voting round on this map yet</source>
        <translation>На этой карте пока нет раунда голосования</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>No voting rounds on this map</source>
        <translation>На этой карте нет раундов голосования</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Не оценено</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/priority_matrix.py"/>
        <source>not rated</source>
        <translation>не оценено</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/priority_matrix.py"/>
        <source>Not rated ({0})</source>
        <translation>Не оценено ({0})</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/priority_matrix.py"/>
        <source>Not rated: drag here to clear</source>
        <translation>Не оценено: перетащите сюда, чтобы сбросить оценку</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/mermaid.py"/>
        <source>not UTF-8 text (byte {0})</source>
        <translation>это не текст в UTF-8 (байт {0})</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/gaps.py"/>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presenter.py"/>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <source>Nothing on this computer opens {0}</source>
        <translation>На этом компьютере нечем открыть {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/inspector.py"/>
        <source>Nothing selected</source>
        <translation>Ничего не выбрано</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <source>NPS (−100 to 100)</source>
        <translation>NPS (от −100 до 100)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Number of steps:</source>
        <translation>Число шагов:</translation>
    </message>
    <message>
        <source>observation</source>
        <translation>наблюдение</translation>
    </message>
    <message>
        <source>Of truth</source>
        <translation>Истины</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Выкл.</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf_comments.py"/>
        <source>On</source>
        <translation>К чему</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/library_ui.py"/>
        <source>On this map: {0}</source>
        <translation>На этой карте: {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>One page per map</source>
        <translation>По странице на карту</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf_comments.py"/>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Недавние</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/start_page.py"/>
        <source>Open a project, start a new one, or pick a recent one.</source>
        <translation>Откройте проект, начните новый или выберите недавний.</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Open from &amp;Library…</source>
        <translation>Открыть из &amp;библиотеки…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/library_ui.py"/>
        <source>Open from Library</source>
        <translation>Открыть из библиотеки</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Open it read-only?</source>
        <translation>Открыть только для чтения?</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Open project</source>
        <translation>Открыть проект</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>Open Read-Only</source>
        <translation>Открыть только для чтения</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Open Snapshot</source>
        <translation>Открыть снимок</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Open the &amp;Sample Project</source>
        <translation>Открыть &amp;пример проекта</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <source>Open the item's link</source>
        <translation>Открыть ссылку элемента</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/start_page.py"/>
        <source>Open the Sample Project</source>
        <translation>Открыть пример проекта</translation>
    </message>
    <message>
        <source>Open threads</source>
        <translation>Открытые ветки</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <location filename="../../src/journeyeditor/persistence/store.py"/>
        <source>opened read-only</source>
        <translation>открыт только для чтения</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>opening {0!r}</source>
        <translation>открытие {0!r}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/start_page.py"/>
        <source>Open…</source>
        <translation>Открыть…</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Возможности</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Opportunities by &amp;Owner…</source>
        <translation>Возможности по &amp;ответственным…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/owners_report.py"/>
        <source>Opportunities by Owner</source>
        <translation>Возможности по ответственным</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/owners_report.py"/>
        <source>Opportunities by owner</source>
        <translation>Возможности по ответственным</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/owners_report.py"/>
        <source>opportunities by owner</source>
        <translation>возможности по ответственным</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Возможность</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Заказ</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Orientation</source>
        <translation>Ориентация</translation>
    </message>
    <message>
        <source>Other gap</source>
        <translation>Другой пробел</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Overlap</source>
        <translation>Перекрытие</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>overlap widened from {0} to {1} mm so that every sheet is at least a third used</source>
        <translation>перекрытие увеличено с {0} до {1} мм, чтобы каждый лист был занят хотя бы на треть</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presenter.py"/>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>ответственный</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/canvas/scene.py"/>
        <source>Owner: {0}</source>
        <translation>Ответственный: {0}</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>Ответственные</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Page</source>
        <translation>Страница</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf_pages.py"/>
        <source>page {0} of {1}</source>
        <translation>страница {0} из {1}</translation>
    </message>
    <message>
        <source>Pain point</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Pain Points</source>
        <translation>Проблемы</translation>
    </message>
    <message>
        <source>Pain points</source>
        <translation>Проблемы</translation>
    </message>
    <message>
        <source>Pan</source>
        <translation>Прокрутка</translation>
    </message>
    <message>
        <source>Parking lot</source>
        <translation>Парковка</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>Participant {0}</source>
        <translation>Участник {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/library_ui.py"/>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Paste card</source>
        <translation>Вставить карточку</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Paste Here</source>
        <translation>Вставить сюда</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Paste {0} cards</source>
        <translation>Вставить карточки ({0})</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>PDF export is not available in this build.</source>
        <translation>В этой сборке нет экспорта в PDF.</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation>доступ запрещён</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/inspector.py"/>
        <location filename="../../src/journeyeditor/ui/panels.py"/>
        <source>Persona</source>
        <translation>Персона</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>persona</source>
        <translation>персона</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Persona &amp;Sheet</source>
        <translation>&amp;Лист персон</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/panels.py"/>
        <source>Persona colour</source>
        <translation>Цвет персоны</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Persona sheet (photo, role, quote, goals …) under the legend</source>
        <translation>Лист персон (фото, роль, цитата, цели…) под легендой</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/layout/persona_sheet.py"/>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Personas</source>
        <translation>Персоны</translation>
    </message>
    <message>
        <source>personas shown</source>
        <translation>показанные персоны</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/panels.py"/>
        <source>Photo</source>
        <translation>Фото</translation>
    </message>
    <message>
        <source>photo</source>
        <translation>фото</translation>
    </message>
    <message>
        <source>Physical evidence</source>
        <translation>Материальные свидетельства</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/start_page.py"/>
        <source>Pick a template to add the first map. Maps can be added later from the Map menu or the Maps panel.</source>
        <translation>Выберите шаблон, чтобы добавить первую карту. Карты можно добавить и позже — из меню «Карта» или панели «Карты».</translation>
    </message>
    <message>
        <source>Place the active participant's dot</source>
        <translation>Поставить точку текущего участника</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Запланировано</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/library_ui.py"/>
        <source>Port:</source>
        <translation>Порт:</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Portrait</source>
        <translation>Книжная</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>portrait</source>
        <translation>книжная</translation>
    </message>
    <message>
        <source>position</source>
        <translation>позиция</translation>
    </message>
    <message>
        <source>Postal mail</source>
        <translation>Почта</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>poster at {0} of the size asked so that every sheet is at least a third used</source>
        <translation>плакат в {0} от заданного размера, чтобы каждый лист был занят хотя бы на треть</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Pr&amp;eferences…</source>
        <translation>&amp;Параметры…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/preferences.py"/>
        <source>Preferences</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/shortcuts.py"/>
        <source>Presentation</source>
        <translation>Презентация</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presentation.py"/>
        <source>Presentation keys</source>
        <translation>Клавиши презентации</translation>
    </message>
    <message>
        <source>Previous slide</source>
        <translation>Предыдущий слайд</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/png_dialog.py"/>
        <source>Print resolution (DPI)</source>
        <translation>Разрешение печати (DPI)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Priority Matrix</source>
        <translation>Матрица приоритетов</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/priority_matrix.py"/>
        <location filename="../../src/journeyeditor/ui/shortcuts.py"/>
        <source>Priority matrix</source>
        <translation>Матрица приоритетов</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Project in use</source>
        <translation>Проект занят</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/library_ui.py"/>
        <source>Project:</source>
        <translation>Проект:</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library_copy.py"/>
        <source>published {0} as {1!r} in {2}</source>
        <translation>{0} опубликован как {1!r} в {2}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library_copy.py"/>
        <source>published {0} changes of {1} to {2}</source>
        <translation>опубликовано изменений из {1}: {0}, в {2}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>publishing {0!r}</source>
        <translation>публикация {0!r}</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Покупка</translation>
    </message>
    <message>
        <source>Quick capture: a card in the spotlit stage (Enter adds, Esc closes); a word that begins with B, C, R or T needs C first</source>
        <translation>Быстрая запись: карточка в выделенном этапе (Enter — добавить, Esc — закрыть); перед словом на B, C, R или T сначала нажмите C</translation>
    </message>
    <message>
        <source>Quick wins</source>
        <translation>Быстрые победы</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <source>Quote</source>
        <translation>Цитата</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>цитата</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf_votes.py"/>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>Rank</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Rate opportunity</source>
        <translation>Оценить возможность</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/comments.py"/>
        <source>Re&amp;open</source>
        <translation>&amp;Открыть снова</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/comments.py"/>
        <source>Re&amp;solve</source>
        <translation>&amp;Решено</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Read-only: {0}</source>
        <translation>Только для чтения: {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>reading {0!r}</source>
        <translation>чтение {0!r}</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Receive</source>
        <translation>Получение</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/start_page.py"/>
        <source>Recent projects:</source>
        <translation>Недавние проекты:</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/library_ui.py"/>
        <source>Remember the password in the system keyring</source>
        <translation>Запомнить пароль в системном хранилище</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Remove persona photo</source>
        <translation>Убрать фото персоны</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/panels.py"/>
        <source>Remove Photo</source>
        <translation>Убрать фото</translation>
    </message>
    <message>
        <source>removed card {0}</source>
        <translation>удалена карточка {0}</translation>
    </message>
    <message>
        <source>removed connector {0}</source>
        <translation>удалена связь {0}</translation>
    </message>
    <message>
        <source>removed lane {0}</source>
        <translation>удалена дорожка {0}</translation>
    </message>
    <message>
        <source>removed map {0}</source>
        <translation>удалена карта {0}</translation>
    </message>
    <message>
        <source>removed metric {0}</source>
        <translation>удалена метрика {0}</translation>
    </message>
    <message>
        <source>removed persona {0}</source>
        <translation>удалена персона {0}</translation>
    </message>
    <message>
        <source>removed stage {0}</source>
        <translation>удалён этап {0}</translation>
    </message>
    <message>
        <source>removed step {0}</source>
        <translation>удалён шаг {0}</translation>
    </message>
    <message>
        <source>Rename it (double-click does too)</source>
        <translation>Переименовать (двойной щелчок тоже)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Rename Lane</source>
        <translation>Переименовать дорожку</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Rename Stage</source>
        <translation>Переименовать этап</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Rename Step</source>
        <translation>Переименовать шаг</translation>
    </message>
    <message>
        <source>renamed lane {0}</source>
        <translation>переименована дорожка {0}</translation>
    </message>
    <message>
        <source>renamed map {0}</source>
        <translation>переименована карта {0}</translation>
    </message>
    <message>
        <source>renamed persona {0}</source>
        <translation>переименована персона {0}</translation>
    </message>
    <message>
        <source>renamed stage {0}</source>
        <translation>переименован этап {0}</translation>
    </message>
    <message>
        <source>renamed step {0}</source>
        <translation>переименован шаг {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Reopen comment</source>
        <translation>Открыть комментарий заново</translation>
    </message>
    <message>
        <source>Reorder it; drag its right (or bottom) edge to resize</source>
        <translation>Изменить порядок; потяните за правый (или нижний) край, чтобы изменить размер</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Reorder {0}</source>
        <translation>Порядок: {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <location filename="../../src/journeyeditor/workshop/comments.py"/>
        <location filename="../../src/journeyeditor/workshop/window.py"/>
        <source>Reply</source>
        <translation>Ответить</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Report pages</source>
        <translation>Страницы отчётов</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <source>Rescale the scores to this map's scale ({0})</source>
        <translation>Пересчитать оценки на шкалу этой карты ({0})</translation>
    </message>
    <message>
        <source>Reset the timer (again: hide it)</source>
        <translation>Сбросить таймер (ещё раз — скрыть)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/canvas/scene.py"/>
        <source>Resize stage</source>
        <translation>Изменить размер этапа</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Resize {0}</source>
        <translation>Размер: {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Resolve comment</source>
        <translation>Закрыть комментарий</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf_comments.py"/>
        <source>Resolved</source>
        <translation>Решённые</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/comments.py"/>
        <source>resolved</source>
        <translation>решено</translation>
    </message>
    <message>
        <source>Resolved threads</source>
        <translation>Решённые ветки</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/comments.py"/>
        <source>Resolved: shown under Resolved and All</source>
        <translation>Решено: показывается в «Решённые» и «Все»</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>Restore Project</source>
        <translation>Восстановить проект</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>Restore Project…</source>
        <translation>Восстановить проект…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>Restore the whole project as it was at “{0}”? The present state is kept as a snapshot first, and Edit ▸ Undo takes the restore back.</source>
        <translation>Восстановить весь проект в состояние на «{0}»? Текущее состояние сначала сохранится снимком, а «Правка ▸ Отменить» отменит восстановление.</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/history/restore.py"/>
        <source>Restore {0}</source>
        <translation>Восстановить {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Restyle {0}</source>
        <translation>Оформление: {0}</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Удержание</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Right</source>
        <translation>Вправо</translation>
    </message>
    <message>
        <source>Right, Down, Page Down, Space, Enter, click</source>
        <translation>Вправо, Вниз, Page Down, Пробел, Enter, щелчок</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>role</source>
        <translation>роль</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>Round {0}</source>
        <translation>Раунд {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tables.py"/>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>row {0}: {1}</source>
        <translation>строка {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/import_dialog.py"/>
        <source>Rows that cannot be imported: {0}

{1}

Import without them?</source>
        <translation>Строки, которые нельзя импортировать: {0}

{1}

Импортировать без них?</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>rows that cannot be imported: {0} (add --skip-bad-rows to import without them): {1}</source>
        <translation>строки, которые нельзя импортировать: {0} (добавьте --skip-bad-rows, чтобы импортировать без них): {1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Save &amp;As / Duplicate…</source>
        <translation>Сохранить &amp;как / копию…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Save a copy as</source>
        <translation>Сохранить копию как</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Save a copy of the whole project somewhere else (another disk or folder) before closing?</source>
        <translation>Перед закрытием сохранить копию всего проекта в другом месте (на другом диске или в другой папке)?</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Save a Copy…</source>
        <translation>Сохранить копию…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/owners_report.py"/>
        <source>Save as &amp;CSV…</source>
        <translation>Сохранить как &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/owners_report.py"/>
        <source>Save as &amp;PDF…</source>
        <translation>Сохранить как &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Save S&amp;napshot…</source>
        <translation>Сохранить с&amp;нимок…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Save Snapshot</source>
        <translation>Сохранить снимок</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/owners_report.py"/>
        <source>Save the report</source>
        <translation>Сохранить отчёт</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/library_ui.py"/>
        <source>Save Unsent Changes to a File…</source>
        <translation>Сохранить неотправленные изменения в файл…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Saved {0}</source>
        <translation>Сохранено: {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>say --format {0} (the output's suffix does not tell)</source>
        <translation>укажите --format {0} (по расширению выходного файла не понять)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <source>Say what backs the card: a method, a source, a link or a quote</source>
        <translation>Укажите, чем подкреплена карточка: метод, источник, ссылка или цитата</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>say where the maps go: -o NEW_FILE, or --into EXISTING_FILE</source>
        <translation>укажите, куда поместить карты: -o НОВЫЙ_ФАЙЛ или --into СУЩЕСТВУЮЩИЙ_ФАЙЛ</translation>
    </message>
    <message>
        <source>Scale from</source>
        <translation>Шкала от</translation>
    </message>
    <message>
        <source>scale from</source>
        <translation>шкала от</translation>
    </message>
    <message>
        <source>Scale to</source>
        <translation>Шкала до</translation>
    </message>
    <message>
        <source>scale to</source>
        <translation>шкала до</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Сценарий</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>сценарий</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Score</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <source>score</source>
        <translation>оценка</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Select &amp;All</source>
        <translation>Выделить &amp;всё</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting.py"/>
        <source>Select a card first (arrow keys), or click one</source>
        <translation>Сначала выберите карточку (стрелками) или щёлкните по ней</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Select a card or a cell first: the gap goes after its step</source>
        <translation>Сначала выберите карточку или ячейку: пробел встанет после её шага</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Select a card, press Ctrl+K, then go to the target card and press Enter; or select several cards to connect them in turn</source>
        <translation>Выберите карточку, нажмите Ctrl+K, перейдите к нужной карточке и нажмите Enter; или выберите несколько карточек, чтобы соединить их по очереди</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Select a stage, step or card to add a metric to</source>
        <translation>Выберите этап, шаг или карточку, к которым добавить метрику</translation>
    </message>
    <message>
        <source>Select the step's header, then the stage's (Left/Right walk them)</source>
        <translation>Выбрать заголовок шага, затем этапа (Влево/Вправо — по ним)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/library_ui.py"/>
        <source>Server:</source>
        <translation>Сервер:</translation>
    </message>
    <message>
        <source>Service blueprint</source>
        <translation>Сервисный блюпринт</translation>
    </message>
    <message>
        <source>Set due date</source>
        <translation>Задать срок</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Set emotion</source>
        <translation>Задать эмоцию</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/canvas/scene.py"/>
        <source>Set emotions</source>
        <translation>Задать эмоции</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Set persona photo</source>
        <translation>Задать фото персоны</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Задать статус</translation>
    </message>
    <message>
        <source>Set the timer: minutes, countdown or stopwatch</source>
        <translation>Настроить таймер: минуты, обратный отсчёт или секундомер</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>Set up a round with New Round…: who votes, how many dots each, on which cards.</source>
        <translation>Настройте раунд через «Новый раунд…»: кто голосует, сколько точек у каждого и за какие карточки.</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Several maps</source>
        <translation>Несколько карт</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>sheet {0} is only {1} used: no poster size from {2} to {3} of the one asked, nor an overlap up to {4} mm, uses every sheet to a third</source>
        <translation>лист {0} занят лишь на {1}: ни размер плаката от {2} до {3} от заданного, ни перекрытие до {4} мм не заполняют каждый лист хотя бы на треть</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/import_dialog.py"/>
        <source>Sheets (each checked one becomes a map):</source>
        <translation>Листы (каждый отмеченный станет картой):</translation>
    </message>
    <message>
        <source>Shift+Arrow keys</source>
        <translation>Shift+стрелки</translation>
    </message>
    <message>
        <source>Shift+click or right-click a card while a round is open</source>
        <translation>Shift+щелчок или правый щелчок по карточке во время раунда</translation>
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
        <translation>сдвиг эмоции {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/owners_report.py"/>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <location filename="../../src/journeyeditor/workshop/comments.py"/>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/window.py"/>
        <source>Show &amp;Votes</source>
        <translation>Показать &amp;голоса</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Show in Folder</source>
        <translation>Показать в папке</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Show persona</source>
        <translation>Показать персону</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/panels.py"/>
        <source>Show this persona on this map: its legend entry, emotion line and sheet</source>
        <translation>Показывать эту персону на этой карте: в легенде, линией эмоций и на листе</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>Since when? Choose, or type a date (2026-05-31) or a snapshot's name:</source>
        <translation>С какого момента? Выберите или введите дату (2026-05-31) либо имя снимка:</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>Since…</source>
        <translation>С момента…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/png_dialog.py"/>
        <source>Size of the image:</source>
        <translation>Размер изображения:</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Size the page from the card text:</source>
        <translation>Размер страницы по тексту карточек:</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presenter.py"/>
        <source>Slide {0} of {1}: {2}</source>
        <translation>Слайд {0} из {1}: {2}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Snapshot “{0}” saved</source>
        <translation>Снимок «{0}» сохранён</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>Snapshots</source>
        <translation>Снимки</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Соцсети</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/library_sync.py"/>
        <source>someone</source>
        <translation>кто-то</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Someone else changed what “{0}” changed: it can no longer be undone</source>
        <translation>Кто-то другой изменил то, что изменило действие «{0}»: его больше нельзя отменить</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>Someone else changed {0} “{1}”{2} meanwhile: your step was not applied and theirs is shown</source>
        <translation>Тем временем кто-то другой изменил {0} «{1}»{2}: ваш шаг не применён, показана их версия</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>Someone else removed {0} “{1}” meanwhile: your step was not applied</source>
        <translation>Тем временем кто-то удалил {0} «{1}»: ваш шаг не применён</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/canvas/metrics.py"/>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>Source: {0}</source>
        <translation>Источник: {0}</translation>
    </message>
    <message>
        <source>Space+drag, middle button</source>
        <translation>Пробел+перетаскивание, средняя кнопка</translation>
    </message>
    <message>
        <source>Span</source>
        <translation>Охват</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>span</source>
        <translation>охват</translation>
    </message>
    <message>
        <source>Spans steps</source>
        <translation>Занимает шагов</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Split into Steps</source>
        <translation>Разделить на шаги</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Split into Steps…</source>
        <translation>Разделить на шаги…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Split stage into {0} steps</source>
        <translation>Разделить этап на шаги ({0})</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/tabular_io.py"/>
        <source>Spreadsheets, Mermaid journeys and projects ({0})</source>
        <translation>Таблицы, путешествия Mermaid и проекты ({0})</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/inspector.py"/>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>stage</source>
        <translation>этап</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf_votes.py"/>
        <source>Stage / step</source>
        <translation>Этап / шаг</translation>
    </message>
    <message>
        <source>Stage 1</source>
        <translation>Этап 1</translation>
    </message>
    <message>
        <source>Stage 2</source>
        <translation>Этап 2</translation>
    </message>
    <message>
        <source>Stage 3</source>
        <translation>Этап 3</translation>
    </message>
    <message>
        <source>Stage 4</source>
        <translation>Этап 4</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Stage and step metrics show in a lane of kind Metrics: add one to see them on the map</source>
        <translation>Метрики этапов и шагов показываются в дорожке вида «Метрики»: добавьте такую, чтобы увидеть их на карте</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>Stage “{0}”</source>
        <translation>Этап «{0}»</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/reports/comments.py"/>
        <source>Stage: {0}</source>
        <translation>Этап: {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>start</source>
        <translation>начало</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/start_page.py"/>
        <source>Start a map from a template (double-click or Enter):</source>
        <translation>Начните карту с шаблона (двойной щелчок или Enter):</translation>
    </message>
    <message>
        <source>Start or pause the timer</source>
        <translation>Запустить или приостановить таймер</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>Start Voting</source>
        <translation>Начать голосование</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Start voting round</source>
        <translation>Начать раунд голосования</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf_comments.py"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/inspector.py"/>
        <source>Step</source>
        <translation>Шаг</translation>
    </message>
    <message>
        <source>step</source>
        <translation>шаг</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/canvas/scene.py"/>
        <location filename="../../src/journeyeditor/reports/comments.py"/>
        <location filename="../../src/journeyeditor/ui/inspector.py"/>
        <source>Step {0}</source>
        <translation>Шаг {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>Step “{0}” of {1}</source>
        <translation>Шаг «{0}» этапа {1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/reports/comments.py"/>
        <source>Step: {0}</source>
        <translation>Шаг: {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>Stop Comparing</source>
        <translation>Закончить сравнение</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/timer.py"/>
        <source>Stopwatch</source>
        <translation>Секундомер</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Магазин</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Suggest &amp;Gaps…</source>
        <translation>Предложить &amp;пробелы…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/gaps.py"/>
        <source>Suggested Gaps</source>
        <translation>Предлагаемые пробелы</translation>
    </message>
    <message>
        <source>Support processes</source>
        <translation>Поддерживающие процессы</translation>
    </message>
    <message>
        <source>support tickets</source>
        <translation>обращения в поддержку</translation>
    </message>
    <message>
        <source>survey</source>
        <translation>опрос</translation>
    </message>
    <message>
        <source>survey, analytics, logs, support tickets…</source>
        <translation>опрос, аналитика, журналы, обращения в поддержку…</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/preferences.py"/>
        <source>System default</source>
        <translation>Как в системе</translation>
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
        <translation>Tab на карте</translation>
    </message>
    <message>
        <source>Tabloid</source>
        <translation>Tabloid</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Метки</translation>
    </message>
    <message>
        <source>tags</source>
        <translation>теги</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>Take back a dot of the active participant: from the selected card, else their last one (Shift+click or right-click a card does too)</source>
        <translation>Забрать точку текущего участника: с выбранной карточки, иначе последнюю поставленную (так же действует Shift+щелчок или правый щелчок по карточке)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Take back vote</source>
        <translation>Отозвать голос</translation>
    </message>
    <message>
        <source>Take one of their dots back</source>
        <translation>Забрать одну из его точек</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>Tally</source>
        <translation>Подсчёт</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>Target</source>
        <translation>Цель</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/canvas/metrics.py"/>
        <source>Target {0}: met</source>
        <translation>Цель {0}: достигнута</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/canvas/metrics.py"/>
        <source>Target {0}: missed</source>
        <translation>Цель {0}: не достигнута</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Thankless tasks</source>
        <translation>Неблагодарные задачи</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/model/project.py"/>
        <source>that persona already has a point at that step</source>
        <translation>у этой персоны уже есть точка на этом шаге</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>That snapshot has no maps</source>
        <translation>В этом снимке нет карт</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/mermaid.py"/>
        <source>the accDescr block has no closing brace</source>
        <translation>у блока accDescr нет закрывающей фигурной скобки</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/gaps.py"/>
        <source>The cards change channel, device or owner between these neighbouring steps. Accept a suggestion (Enter) to mark the gap on the map, or dismiss it (Delete) so it is not offered again.</source>
        <translation>Между этими соседними шагами у карточек меняется канал, устройство или ответственный. Примите подсказку (Enter), чтобы отметить пробел на карте, или отклоните её (Delete), чтобы она больше не предлагалась.</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/store.py"/>
        <source>the disk is full</source>
        <translation>диск заполнен</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>диск только для чтения</translation>
    </message>
    <message>
        <source>the disk quota is used up</source>
        <translation>дисковая квота исчерпана</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>the emotion {0} differs from the {1} of row {2} at the same step</source>
        <translation>эмоция {0} отличается от {1} в строке {2} на том же шаге</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presenter.py"/>
        <source>The end</source>
        <translation>Конец</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tables.py"/>
        <source>the file</source>
        <translation>файл</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/store.py"/>
        <source>the file cannot be opened</source>
        <translation>файл не открывается</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/store.py"/>
        <source>the file is damaged</source>
        <translation>файл повреждён</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tables.py"/>
        <source>the file is neither UTF-8 nor UTF-16 (byte {0}): save it as "CSV UTF-8" and import it again</source>
        <translation>файл не в UTF-8 и не в UTF-16 (байт {0}): сохраните его как «CSV UTF-8» и импортируйте снова</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/store.py"/>
        <source>the file is read-only</source>
        <translation>файл только для чтения</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/store.py"/>
        <source>the file or its folder is read-only</source>
        <translation>файл или его папка только для чтения</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tables.py"/>
        <source>the file says it is UTF-16 but is not: {0}</source>
        <translation>файл заявлен как UTF-16, но им не является: {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>the heatmap is one of {0}</source>
        <translation>тепловая карта — одно из: {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/png.py"/>
        <source>the image could not be encoded as PNG</source>
        <translation>не удалось закодировать изображение в PNG</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/png.py"/>
        <source>The image would be {0} x {1} pixels; choose a smaller --scale</source>
        <translation>Изображение было бы {0} × {1} пикселей; выберите --scale поменьше</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>the input is nested too deeply to read</source>
        <translation>вложенность входных данных слишком глубока</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/capture.py"/>
        <source>The lane the card goes in</source>
        <translation>Дорожка, в которую попадёт карточка</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>The last changes could not be written to {0}.</source>
        <translation>Последние изменения не удалось записать в {0}.</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>the layout is one of {0}</source>
        <translation>раскладка — одна из: {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>the library project {0!r} has schema {1}, older than this Journey Editor's {2}</source>
        <translation>у проекта библиотеки {0!r} схема {1}, старее, чем у этого Journey Editor ({2})</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>the library project {0!r} was written by a newer Journey Editor (schema {1}, this one knows {2}); update Journey Editor to open it</source>
        <translation>проект библиотеки {0!r} записан более новым Journey Editor (схема {1}, этот знает {2}); обновите Journey Editor, чтобы открыть его</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/library_ui.py"/>
        <source>The library server cannot be reached: the map is read-only until it is back.</source>
        <translation>Сервер библиотеки недоступен: карта только для чтения, пока он не вернётся.</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/library_sync.py"/>
        <source>the library server cannot be reached; your unsent changes are kept</source>
        <translation>сервер библиотеки недоступен; ваши неотправленные изменения сохранены</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/library_ui.py"/>
        <source>The library server is back; every change is sent</source>
        <translation>Сервер библиотеки снова доступен; все изменения отправлены</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>the library {0} has a project named {1!r} already</source>
        <translation>в библиотеке {0} уже есть проект {1!r}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presentation.py"/>
        <source>The map has no stage to add a card to</source>
        <translation>На карте нет этапа, в который можно добавить карточку</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>слишком длинное имя</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>the orientation is landscape or portrait</source>
        <translation>ориентация — landscape или portrait</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>the output would overwrite the project file</source>
        <translation>вывод перезаписал бы файл проекта</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>the overlap must be between {0} and {1} mm</source>
        <translation>перекрытие должно быть от {0} до {1} мм</translation>
    </message>
    <message>
        <source>The overview / the last slide</source>
        <translation>Обзор / последний слайд</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>The period ends before it starts</source>
        <translation>Период заканчивается раньше, чем начинается</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>The period's {0} must be a date like 2026-04-01</source>
        <translation>Период, {0}: нужна дата вида 2026-04-01</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/photos.py"/>
        <source>the photo could not be stored as {0}</source>
        <translation>не удалось сохранить фото как {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>the poster covers only {0} of one {1} sheet: it needs no tiling</source>
        <translation>плакат занимает лишь {0} одного листа {1}: разбиение не нужно</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>the poster fits on one {0} sheet</source>
        <translation>плакат помещается на одном листе {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>the project has no maps</source>
        <translation>в проекте нет карт</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library_copy.py"/>
        <source>the project's title</source>
        <translation>название проекта</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>The project's window is closed or cannot be edited</source>
        <translation>Окно проекта закрыто или его нельзя изменять</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presenter.py"/>
        <source>The room sees a black screen (B brings the map back)</source>
        <translation>Зал видит чёрный экран (B возвращает карту)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>The round whose dots the cards show</source>
        <translation>Раунд, точки которого показаны на карточках</translation>
    </message>
    <message>
        <source>The same persona's next face</source>
        <translation>Следующее лицо той же персоны</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>The scale's lower end must be below its upper end</source>
        <translation>нижний край шкалы должен быть ниже верхнего</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/inspector.py"/>
        <source>The scale's lower end must be below its upper end ({0} … {1})</source>
        <translation>Нижний край шкалы должен быть ниже верхнего ({0} … {1})</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/mermaid.py"/>
        <source>the score {0!r} is not a number from 0 to 5</source>
        <translation>оценка {0!r} — не число от 0 до 5</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/mermaid.py"/>
        <source>the score {0} is outside Mermaid's 0 to 5</source>
        <translation>оценка {0} вне шкалы Mermaid от 0 до 5</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <source>The scores keep Mermaid's scale ({0}), as this map's.</source>
        <translation>Оценки остаются на шкале Mermaid ({0}), как у этой карты.</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>The selection links to no map</source>
        <translation>Выбранное не ссылается ни на одну карту</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>The smallest text on cards, as printed: the page (or the number of sheets) is chosen to print it this big</source>
        <translation>Самый мелкий текст на карточках при печати: страница (или число листов) подбирается так, чтобы он был такого размера</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/capture.py"/>
        <source>The step the card goes in</source>
        <translation>Шаг, в который попадёт карточка</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>The target must be a number, or empty for none</source>
        <translation>Цель должна быть числом или пустой, если её нет</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>the text size must be between {0} and {1} pt</source>
        <translation>размер текста должен быть от {0} до {1} пт</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>The value must be a number</source>
        <translation>Значение должно быть числом</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presenter.py"/>
        <source>The whole map: {0}</source>
        <translation>Вся карта: {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library_copy.py"/>
        <source>theirs</source>
        <translation>их</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Then report pages: {0}</source>
        <translation>Затем страницы отчётов: {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>there is already a map named {0!r}; choose another --name</source>
        <translation>карта с названием {0!r} уже есть; выберите другое --name</translation>
    </message>
    <message>
        <source>These keys</source>
        <translation>Эти клавиши</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/mermaid.py"/>
        <source>this journey has no sections or tasks: nothing to import</source>
        <translation>в этом пути нет ни разделов, ни задач: импортировать нечего</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/owners_report.py"/>
        <source>This map</source>
        <translation>Эта карта</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/priority_matrix.py"/>
        <source>This map has no opportunities or ideas yet: add them in its Opportunities lane.</source>
        <translation>На этой карте пока нет возможностей и идей: добавьте их в дорожку «Возможности».</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>This map was not made from another map</source>
        <translation>Эта карта не создана из другой карты</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/owners_report.py"/>
        <source>This map: {0}</source>
        <translation>Эта карта: {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <location filename="../../src/journeyeditor/ui/tabular_io.py"/>
        <source>This project is read-only</source>
        <translation>Этот проект только для чтения</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presentation.py"/>
        <source>This project is read-only: nothing can be added</source>
        <translation>Этот проект только для чтения: ничего нельзя добавить</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <location filename="../../src/journeyeditor/workshop/capture.py"/>
        <source>This project is read-only: {0}</source>
        <translation>Этот проект только для чтения: {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>This round does not vote on this card</source>
        <translation>В этом раунде за эту карточку не голосуют</translation>
    </message>
    <message>
        <source>Thought</source>
        <translation>Мысль</translation>
    </message>
    <message>
        <source>Thoughts</source>
        <translation>Мысли</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf_comments.py"/>
        <source>Thread</source>
        <translation>Ветка</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/comments.py"/>
        <source>Thread deleted (Undo brings it back)</source>
        <translation>Ветка удалена (отмена вернёт её)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Tiles</source>
        <translation>Разбиение</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>tiles are A4, A3 or letter</source>
        <translation>листы разбиения — A4, A3 или letter</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Time (min)</source>
        <translation>Время (мин)</translation>
    </message>
    <message>
        <source>Time (minutes, lower is better)</source>
        <translation>Время (минуты, чем меньше, тем лучше)</translation>
    </message>
    <message>
        <source>Time in minutes</source>
        <translation>Время в минутах</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>time in minutes</source>
        <translation>время в минутах</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presenter.py"/>
        <location filename="../../src/journeyeditor/workshop/timer.py"/>
        <source>Time's up</source>
        <translation>Время вышло</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/timer.py"/>
        <source>Timer</source>
        <translation>Таймер</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presenter.py"/>
        <source>Timer: T starts it, Shift+T sets it</source>
        <translation>Таймер: T запускает, Shift+T настраивает</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>title</source>
        <translation>заголовок</translation>
    </message>
    <message>
        <source>to card</source>
        <translation>к карточке</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Точка контакта</translation>
    </message>
    <message>
        <source>Touchpoints</source>
        <translation>Точки контакта</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/library_ui.py"/>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Try Again</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Two-Way</source>
        <translation>Двусторонняя</translation>
    </message>
    <message>
        <source>Two-way</source>
        <translation>Двусторонняя</translation>
    </message>
    <message>
        <source>two-way</source>
        <translation>двусторонняя</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>type</source>
        <translation>тип</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/capture.py"/>
        <source>Type what the room says, then Enter</source>
        <translation>Введите то, что говорит зал, и нажмите Enter</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/capture.py"/>
        <source>Type what to put on the card first</source>
        <translation>Сначала введите текст для карточки</translation>
    </message>
    <message>
        <source>Undo / redo</source>
        <translation>Отменить / повторить</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>Unit</source>
        <translation>Единица</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>unknown page size {0!r} (use A0–A5, letter, legal, tabloid, arch-e, WxHmm, WxHin or fit)</source>
        <translation>неизвестный размер страницы {0!r} (используйте A0–A5, letter, legal, tabloid, arch-e, WxHmm, WxHin или fit)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>unknown report {0} (choose from {1})</source>
        <translation>неизвестный отчёт {0} (выберите из: {1})</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>unknown text size {0!r} (write it like 12pt or 4mm)</source>
        <translation>неизвестный размер текста {0!r} (пишите как 12pt или 4mm)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <source>untitled</source>
        <translation>без названия</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/templates.py"/>
        <source>Untitled project</source>
        <translation>Проект без названия</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Untitled.journey</source>
        <translation>Без названия.journey</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/context_menu.py"/>
        <source>Up</source>
        <translation>Вверх</translation>
    </message>
    <message>
        <source>Up / Down on an emotion face</source>
        <translation>Вверх / Вниз на лице эмоции</translation>
    </message>
    <message>
        <source>Up from the top lane</source>
        <translation>Вверх с верхней дорожки</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/library_ui.py"/>
        <source>User:</source>
        <translation>Пользователь:</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <source>value</source>
        <translation>значение</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>Vote</source>
        <translation>Проголосовать</translation>
    </message>
    <message>
        <source>vote</source>
        <translation>голос</translation>
    </message>
    <message>
        <source>Vote for the selected card; take a dot back from it</source>
        <translation>Проголосовать за выбранную карточку; забрать с неё точку</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>Vote on</source>
        <translation>Голосовать за</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf_votes.py"/>
        <location filename="../../src/journeyeditor/workshop/presenter.py"/>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>Votes</source>
        <translation>Голоса</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/window.py"/>
        <source>Voting</source>
        <translation>Голосование</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf_votes.py"/>
        <source>Voting results — {0}</source>
        <translation>Результаты голосования — {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Voting results: the latest round's dots on the cards, and a results page per round</source>
        <translation>Результаты голосования: точки последнего раунда на карточках и страница результатов для каждого раунда</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presenter.py"/>
        <source>Voting round</source>
        <translation>Раунд голосования</translation>
    </message>
    <message>
        <source>voting round</source>
        <translation>раунд голосования</translation>
    </message>
    <message>
        <source>Wait</source>
        <translation>Ожидание</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/layout/style.py"/>
        <source>Wait point</source>
        <translation>Точка ожидания</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>wait point</source>
        <translation>точка ожидания</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Веб</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/import_dialog.py"/>
        <source>What each column holds:</source>
        <translation>Что содержит каждый столбец:</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/gaps.py"/>
        <source>What happens here, and what it costs the customer</source>
        <translation>Что здесь происходит и чего это стоит клиенту</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Что делает</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/gaps.py"/>
        <location filename="../../src/journeyeditor/ui/inspector.py"/>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <source>Who or what: a study, a report, a participant</source>
        <translation>Кто или что: исследование, отчёт, участник</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>Whose turn it is: click, or press 1–9 or Tab on the map</source>
        <translation>Чей ход: щёлкните или нажмите 1–9 либо Tab на карте</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Ширина</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>Workshop</source>
        <translation>Воркшоп</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/comments.py"/>
        <source>Write a comment</source>
        <translation>Напишите комментарий</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/preferences.py"/>
        <source>Your &amp;name (on comments)</source>
        <translation>Ваше &amp;имя (в комментариях)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>your database role may only read this library</source>
        <translation>ваша роль в базе данных может только читать эту библиотеку</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/comments.py"/>
        <source>Your Name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/comments.py"/>
        <source>Your name, shown on your comments (Edit ▸ Preferences changes it):</source>
        <translation>Ваше имя, показываемое в ваших комментариях (меняется в «Правка ▸ Параметры»):</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/library_ui.py"/>
        <source>Your unsent change is kept and sent then.</source>
        <translation>Ваше неотправленное изменение сохранено и будет отправлено тогда.</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/metrics_ui.py"/>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Масштаб</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Zoom &amp;In</source>
        <translation>&amp;Увеличить</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>Zoom &amp;Out</source>
        <translation>&amp;Уменьшить</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>{0!r} is not a date (YYYY-MM-DD)</source>
        <translation>{0!r} — не дата (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>{0!r} is not a number ({1})</source>
        <translation>{0!r} — не число ({1})</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>{0!r} is not a {1}</source>
        <translation>{0!r} — недопустимое значение: {1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>{0!r} is not yes or no ({1})</source>
        <translation>{0!r} — не «да» и не «нет» ({1})</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>{0} %</source>
        <translation>{0} %</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>{0} (copy)</source>
        <translation>{0} (копия)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/canvas/compare.py"/>
        <source>{0} (from the source map)</source>
        <translation>{0} (по сравнению с исходной картой)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/canvas/compare.py"/>
        <source>{0} (since the snapshot)</source>
        <translation>{0} (после снимка)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf_votes.py"/>
        <source>{0} ({1} of {2})</source>
        <translation>{0} ({1} из {2})</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/evidence.py"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/fileio.py"/>
        <source>{0} already exists (use --force to replace it)</source>
        <translation>{0} уже существует (замените его с --force)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/canvas/scene.py"/>
        <source>{0} analytical evidence</source>
        <translation>Аналитических свидетельств: {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/canvas/scene.py"/>
        <source>{0} anecdotal evidence</source>
        <translation>Единичных свидетельств: {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/history/diff.py"/>
        <source>{0} at {1}</source>
        <translation>{0} на шаге {1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/tabular_io.py"/>
        <source>{0} cannot be imported: {1}</source>
        <translation>Не удалось импортировать {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/photos.py"/>
        <source>{0} cannot be read: {1}</source>
        <translation>{0} не читается: {1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/reports/rounds.py"/>
        <source>{0} cards</source>
        <translation>карточки «{0}»</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/reports/rounds.py"/>
        <source>{0} cards in {1} lanes</source>
        <translation>карточки «{0}» в дорожках «{1}»</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>{0} cards on this map can be voted on.</source>
        <translation>Карточек на этой карте, за которые можно голосовать: {0}.</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>{0} changes from {1} to {2}</source>
        <translation>Изменений с {1} по {2}: {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>{0} changes since {1}</source>
        <translation>Изменений после {1}: {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>{0} claims without evidence</source>
        <translation>Утверждений без свидетельств: {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/store.py"/>
        <source>{0} could not be opened ({1})</source>
        <translation>не удалось открыть {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/photos.py"/>
        <source>{0} could not be read as an image ({1})</source>
        <translation>{0} не читается как изображение ({1})</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/store.py"/>
        <source>{0} could not be read: {1}</source>
        <translation>не удалось прочитать {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>{0} differences from {1}</source>
        <translation>Отличий от {1}: {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf_votes.py"/>
        <source>{0} dots each</source>
        <translation>по {0} точки на участника</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>{0} dots each on {1}; {2}; started {3}.</source>
        <translation>По {0} точки на участника, за {1}; {2}; начат {3}.</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library_copy.py"/>
        <source>{0} entities were changed both in {1} and in the library since the fetch: {2}. Nothing was published; say which side wins with --keep mine or --keep theirs</source>
        <translation>с момента получения {0} объектов изменены и в {1}, и в библиотеке: {2}. Ничего не опубликовано; укажите, чья версия побеждает: --keep mine или --keep theirs</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/filecheck.py"/>
        <source>{0} has an unfinished write ({0}-journal) and is read-only: make the file and its folder writable so it can be recovered</source>
        <translation>у {0} незавершённая запись ({0}-journal), а файл только для чтения: сделайте файл и его папку доступными для записи, чтобы его можно было восстановить</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting.py"/>
        <source>{0} has no dot on this card</source>
        <translation>У {0} нет точки на этой карточке</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting.py"/>
        <source>{0} has no dots to take back</source>
        <translation>У {0} нет точек, которые можно забрать</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/start_page.py"/>
        <source>{0} has no map yet</source>
        <translation>В {0} пока нет карт</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>{0} has no votes left</source>
        <translation>У {0} не осталось голосов</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/filecheck.py"/>
        <source>{0} is a database of another program, not a Journey Editor project</source>
        <translation>{0} — база данных другой программы, а не проект Journey Editor</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/filecheck.py"/>
        <source>{0} is damaged (integrity check: {1})</source>
        <translation>{0} повреждён (проверка целостности: {1})</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/filecheck.py"/>
        <source>{0} is damaged ({1})</source>
        <translation>{0} повреждён ({1})</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/filecheck.py"/>
        <source>{0} is damaged and could not be recovered ({1})</source>
        <translation>{0} повреждён, и его не удалось восстановить ({1})</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/filecheck.py"/>
        <source>{0} is damaged: it has no file format version</source>
        <translation>{0} повреждён: в нём нет версии формата</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/filecheck.py"/>
        <source>{0} is damaged: the file is cut short</source>
        <translation>{0} повреждён: файл обрезан</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/filecheck.py"/>
        <source>{0} is empty (0 bytes): not a Journey Editor project</source>
        <translation>{0} пуст (0 байт): это не проект Journey Editor</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>{0} is for {1} exports, not {2}</source>
        <translation>{0} — для экспорта в {1}, а не в {2}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>{0} is not a Journey Editor library (run: journeyeditor library init {1})</source>
        <translation>{0} — не библиотека Journey Editor (выполните: journeyeditor library init {1})</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/filecheck.py"/>
        <source>{0} is not a Journey Editor project (not a database file)</source>
        <translation>{0} — не проект Journey Editor (не файл базы данных)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/photos.py"/>
        <source>{0} is not a PNG or JPEG image</source>
        <translation>{0} — не изображение PNG или JPEG</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library_copy.py"/>
        <location filename="../../src/journeyeditor/persistence/store.py"/>
        <source>{0} is open in another Journey Editor window or program; close it there before replacing it</source>
        <translation>{0} открыт в другом окне Journey Editor или другой программе; закройте его там, прежде чем заменять</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>{0} is open in another Journey Editor window or program; close it there first, or derive the map in that window</source>
        <translation>{0} открыт в другом окне Journey Editor или другой программе; сначала закройте его там или создайте карту в том окне</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>{0} is open in another Journey Editor window or program; close it there first, or import in that window</source>
        <translation>{0} открыт в другом окне Journey Editor или в другой программе; сначала закройте его там или импортируйте в том окне</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/store.py"/>
        <source>{0} is open in another Journey Editor window or program; it can be opened read-only</source>
        <translation>{0} открыт в другом окне Journey Editor или другой программе; его можно открыть только для чтения</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <location filename="../../src/journeyeditor/persistence/store.py"/>
        <source>{0} is read-only ({1})</source>
        <translation>{0} только для чтения ({1})</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/photos.py"/>
        <source>{0} is {1} MB: a photo may be at most {2} MB</source>
        <translation>{0} весит {1} МБ: фото может быть не больше {2} МБ</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>{0} is {1} mm wide and {2} mm high, so {3}: leave out --orientation {4}, or give the size the other way round</source>
        <translation>{0} шириной {1} мм и высотой {2} мм, то есть {3}: уберите --orientation {4} или укажите размер наоборот</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>{0} maps side by side</source>
        <translation>карты рядом ({0})</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>{0} maps stacked</source>
        <translation>карты одна под другой ({0})</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/history_panel.py"/>
        <source>{0} maps, {1} cards</source>
        <translation>Карт: {0}, карточек: {1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>{0} matches</source>
        <translation>Совпадений: {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tabular.py"/>
        <source>{0} must be a whole number from {1} to {2}, not {3!r}</source>
        <translation>{0} должно быть целым числом от {1} до {2}, а не {3!r}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library_copy.py"/>
        <source>{0} now holds the library's project as it is after the publish</source>
        <translation>теперь {0} содержит проект библиотеки в том виде, какой он после публикации</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/history/diff.py"/>
        <source>{0} of {1}</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/comments.py"/>
        <source>{0} open</source>
        <translation>открытых: {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf_comments.py"/>
        <source>{0} open, {1} resolved</source>
        <translation>открытых: {0}, решённых: {1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/owners_report.py"/>
        <source>{0} opportunities, {1} owners</source>
        <translation>Возможностей: {0}, ответственных: {1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>{0} participants</source>
        <translation>участников: {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>{0} results</source>
        <translation>Результаты: {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/main_window.py"/>
        <source>{0} selected</source>
        <translation>Выбрано: {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>{0} sheets of {1} ({2} × {3} and an assembly sheet), {4}, overlap {5} mm; least used sheet {6}</source>
        <translation>листов {1}: {0} ({2} × {3} и лист сборки), {4}, перекрытие {5} мм; наименее занятый лист — {6}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>{0} sheets of {1} {2} and this one; overlap {3} mm; the poster is {4}; card text {5} pt</source>
        <translation>листов {1} ({2}): {0} и этот; перекрытие {3} мм; плакат {4}; текст карточек {5} пт</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>{0} tiles</source>
        <translation>листы {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <source>{0} to {1}</source>
        <translation>от {0} до {1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting.py"/>
        <source>{0} took a dot back: {1} left</source>
        <translation>{0} забирает точку: осталось {1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting.py"/>
        <source>{0} voted for “{1}” and has no dots left (Tab: next participant)</source>
        <translation>{0} голосует за «{1}», точек больше нет (Tab: следующий участник)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting.py"/>
        <source>{0} voted for “{1}”: {2} left</source>
        <translation>{0} голосует за «{1}»: осталось {2}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <source>{0} was not imported:</source>
        <translation>{0} не импортирован:</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/filecheck.py"/>
        <source>{0} was saved by a newer Journey Editor (file format {1}; this version reads up to {2}). Update Journey Editor to open it.</source>
        <translation>{0} сохранён более новой версией Journey Editor (формат файла {1}; эта версия читает до {2}). Обновите Journey Editor, чтобы открыть его.</translation>
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
        <translation>{0} × {1} дюйм.</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>{0} × {1} mm</source>
        <translation>{0} × {1} мм</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/png_dialog.py"/>
        <source>{0} × {1} pixels</source>
        <translation>{0} × {1} пикселей</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>{0} — day in the life</source>
        <translation>{0} — один день из жизни</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>{0} — future state</source>
        <translation>{0} — будущее состояние</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presentation.py"/>
        <source>{0} — Presentation</source>
        <translation>{0} — Презентация</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presenter.py"/>
        <source>{0} — Presenter view</source>
        <translation>{0} — Режим докладчика</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <location filename="../../src/journeyeditor/editor/editor.py"/>
        <source>{0} — service blueprint</source>
        <translation>{0} — сервисный блюпринт</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/document.py"/>
        <source>{0} — snapshot “{1}” (read-only)</source>
        <translation>{0} — снимок «{1}» (только чтение)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>{0} — {1} maps</source>
        <translation>{0} — карт: {1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>{0} — {1}, {2}</source>
        <translation>{0} — {1}, {2}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>{0} — {1}: poster {2}, {3}</source>
        <translation>{0} — {1}: плакат {2}, {3}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/catalogue.py"/>
        <source>{0}%</source>
        <translation>{0} %</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting.py"/>
        <source>{0}'s turn: {1} dots left</source>
        <translation>Ход: {0}, осталось точек: {1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/gaps.py"/>
        <source>{0}, step {1}</source>
        <translation>{0}, шаг {1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting.py"/>
        <source>{0}: 1 dot left</source>
        <translation>{0}: осталась 1 точка</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/store.py"/>
        <source>{0}: already exists</source>
        <translation>{0}: уже существует</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>{0}: an @ in the user name or password must be written %40 (or give the password in PGPASSWORD)</source>
        <translation>{0}: символ @ в имени пользователя или пароле записывается как %40 (или передайте пароль в PGPASSWORD)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <source>{0}: cannot add a map: {1}</source>
        <translation>{0}: нельзя добавить карту: {1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/filecheck.py"/>
        <source>{0}: cannot be read ({1})</source>
        <translation>{0}: не читается ({1})</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tables.py"/>
        <source>{0}: every sheet is empty</source>
        <translation>{0}: все листы пусты</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <location filename="../../src/journeyeditor/persistence/store.py"/>
        <source>{0}: is a folder</source>
        <translation>{0}: это папка</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/filecheck.py"/>
        <source>{0}: is a folder, not a project file</source>
        <translation>{0}: это папка, а не файл проекта</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/cli.py"/>
        <location filename="../../src/journeyeditor/persistence/filecheck.py"/>
        <source>{0}: is not an ordinary file (a pipe, socket or device)</source>
        <translation>{0}: это не обычный файл (канал, сокет или устройство)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>{0}: no project named {1!r} in the library</source>
        <translation>{0}: в библиотеке нет проекта {1!r}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/app.py"/>
        <location filename="../../src/journeyeditor/cli.py"/>
        <location filename="../../src/journeyeditor/persistence/filecheck.py"/>
        <source>{0}: no such file</source>
        <translation>{0}: нет такого файла</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>{0}: not a library address (postgresql://user@host:port/database)</source>
        <translation>{0}: это не адрес библиотеки (postgresql://user@host:port/database)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tables.py"/>
        <source>{0}: not an XLSX workbook ({1})</source>
        <translation>{0}: это не книга XLSX ({1})</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>{0}: the address names no database</source>
        <translation>{0}: в адресе не указана база данных</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <location filename="../../src/journeyeditor/persistence/store.py"/>
        <source>{0}: the last change could not be written ({1}); it is kept and written with the next one</source>
        <translation>{0}: последнее изменение не удалось записать ({1}); оно сохранено и будет записано вместе со следующим</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>{0}: the library server cannot be reached ({1}); the change is kept and sent when it is back</source>
        <translation>{0}: сервер библиотеки недоступен ({1}); изменение сохранено и будет отправлено, когда он вернётся</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>{0}: the library server cannot be reached and your last changes are not sent yet</source>
        <translation>{0}: сервер библиотеки недоступен, и ваши последние изменения ещё не отправлены</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/interchange/tables.py"/>
        <source>{0}: the table is empty (no header row)</source>
        <translation>{0}: таблица пуста (нет строки заголовков)</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/persistence/library.py"/>
        <source>{0}: which project? Add ?project=NAME to the address</source>
        <translation>{0}: какой проект? Добавьте к адресу ?project=ИМЯ</translation>
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
        <translation>{0}: осталось точек: {1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/priority_matrix.py"/>
        <source>{0}: {1} opportunities, {2} rated</source>
        <translation>{0}: возможностей: {1}, оценено: {2}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/export/pdf.py"/>
        <source>{0}; {1}</source>
        <translation>{0}; {1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/png_dialog.py"/>
        <source>{0}x</source>
        <translation>{0}×</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/voting_panel.py"/>
        <source>{0}{1} — {2} of {3} dots left</source>
        <translation>{0}{1} — осталось {2} из {3} точек</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/window.py"/>
        <source>“{0}” is open: click cards to vote; {1}'s turn</source>
        <translation>«{0}» открыт: щёлкайте карточки, чтобы голосовать; ход: {1}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/gaps.py"/>
        <source>“{0}” → “{1}”, in {2}</source>
        <translation>«{0}» → «{1}», в {2}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/mermaid_ui.py"/>
        <source>“{0}”: {1} sections, {2} tasks; actors: {3}</source>
        <translation>«{0}»: разделов — {1}, задач — {2}; участники: {3}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/import_dialog.py"/>
        <source>… and {0} more</source>
        <translation>… и ещё {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presenter.py"/>
        <source>… and {0} more cards</source>
        <translation>… и ещё карточек: {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/ui/pdf_dialog.py"/>
        <source>… and {0} more pages</source>
        <translation>… и ещё страниц: {0}</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/workshop/presenter.py"/>
        <source>→ next · ← previous · B black · T timer · Shift+T set timer · C capture · F1 keys · Esc leave</source>
        <translation>→ вперёд · ← назад · B чёрный экран · T таймер · Shift+T настроить таймер · C запись · F1 клавиши · Esc выход</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/layout/style.py"/>
        <source>≈ {0} h</source>
        <translation>≈ {0} ч</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/layout/style.py"/>
        <source>≈ {0} min</source>
        <translation>≈ {0} мин</translation>
    </message>
    <message>
        <location filename="../../src/journeyeditor/layout/style.py"/>
        <source>≈ {0} s</source>
        <translation>≈ {0} с</translation>
    </message>
</context>
</TS>
