/// The Chinese of every help text, keyed by its English (see `Help`): generated once from
/// the English, kept by hand since; `HelpTests` says what is missing or left over.
enum HelpWords {
    static let chinese: [String: String] = [
        "The photos kept with requests and diaries: write one to a file; keep or drop phones' positions.":
            "求助和日记所附的图片：把一张写成文件；保留或去掉手机记下的位置。",
        "Write a kept photo (JPEG) to a new file, to open it with another program.":
            "把一张保存的图片（JPEG）写成新文件，以便用别的程序打开。",
        "The photo's number is in circledesk request show and in the desk. The file is yours alone (0600): photos show young people.":
            "图片编号见 circledesk request show 和工作台。文件只有你能读（0600）：照片上有青年本人。",
        "The photo's number.":
            "图片编号。",
        "The small thumbnail instead of the photo.":
            "写出小缩略图，而不是原图。",
        "Whether photos taken in from now on keep the GPS position their phone wrote in them (admins only).":
            "今后收入的照片是否保留手机记下的 GPS 位置（仅管理员）。",
        "Off by default: a photo's position says where a young person, a minor perhaps, lives. Photos already kept stay as they are.":
            "默认不保留：照片的位置会透露青年（可能是未成年人）住在哪里。已保存的照片不变。",
        "on or off.":
            "on（保留）或 off（去掉）。",
        "Attach photos (JPEG, PNG, HEIC) to a request as evidence.":
            "为求助添加照片（JPEG、PNG、HEIC）作为佐证。",
        "Each photo is kept once, upright, at most 1600 pixels on its longer side, without the GPS position the phone wrote in it (unless an admin chose circledesk photo keep-location on). The history records the attachment. A file that is not a photo is said and left out; the others are attached.":
            "每张照片只存一份，按拍摄方向摆正，长边最多 1600 像素，并去掉手机记下的 GPS 位置（除非管理员设了 circledesk photo keep-location on）。处理记录会记下这次添加。不是照片的文件会指出并略过，其余照片照常添加。",
        "The photo files.":
            "照片文件。",
        "The Friend Circle Plan's desk: help requests, cadres, diaries, surveys and the weekly summary.":
            "朋友圈计划工作台：求助、微元素、工作日记、满意度测评和周报。",
        "With no command it opens the desk on the database.":
            "不带命令时，打开数据库上的工作台。",
        "Database file (else $CIRCLEDESK_DB, else ~/.local/share/circledesk/league.sqlite).":
            "数据库文件（否则用 $CIRCLEDESK_DB，再否则用 ~/.local/share/circledesk/league.sqlite）。",
        "The county's server socket (else $CIRCLEDESK_SERVER, else `server` in /etc/circledesk/circledesk.conf); --db works on a file instead.":
            "本县服务器的套接字（否则用 $CIRCLEDESK_SERVER，再否则用 /etc/circledesk/circledesk.conf 中的 server）；--db 则直接使用文件。",
        "Treat this moment as now, e.g. 2026-11-28T09:00:00+08:00 (else $CIRCLEDESK_NOW).":
            "把这一时刻当作现在，例如 2026-11-28T09:00:00+08:00（否则用 $CIRCLEDESK_NOW）。",
        "Language of messages: zh or en (else $CIRCLEDESK_LANG, else the locale).":
            "提示语言：zh 或 en（否则用 $CIRCLEDESK_LANG，再否则按系统区域设置）。",
        "Create an empty database; your login becomes its first admin.":
            "新建一个空数据库；你的登录名成为它的第一位管理员。",
        "Build the sample county (Taishun's 19 townships; people and cases fictional).":
            "生成示例县（泰顺县的 19 个乡镇；人物和案例均为虚构）。",
        "Scale 1 matches the county's published figures: 245 cadres, 63 youth communes, 75,215 young people in contact, 283 requests solved and 149 suggestions since July 2016. Scale N makes about N x 20,000 requests and N x 30,000 diaries, for benchmarks.":
            "规模 1 与该县公开的数字一致：自 2016 年 7 月以来 245 名微元素、63 个青公社、联系青年 75,215 人、解决求助 283 件、意见建议 149 条。规模 N 生成约 N × 20,000 件求助和 N × 30,000 篇日记，供性能测试使用。",
        "1 for the county as published; 10 or 100 for benchmarks.":
            "1 为公开的县情；10 或 100 供性能测试使用。",
        "The random seed: the same seed, scale and --now give the same database.":
            "随机种子：种子、规模和 --now 相同，生成的数据库就相同。",
        "Do nothing when the database already exists.":
            "数据库已存在时什么也不做。",
        "Check the database file: SQLite's integrity check, every foreign key, and the tables, indexes and triggers this version needs.":
            "检查数据库文件：SQLite 完整性检查、每一个外键，以及本版本所需的每张表、每个索引和触发器。",
        "First count the reports' tallies again from the history, and index the open requests' words again, where they differ from it.":
            "先按历史记录重新统计报表所用的汇总表、重建未办结求助的检索索引（与历史不符的）。",
        "Count everything, for the county and per township.":
            "为全县和各乡镇清点各项数字。",
        "text or json.":
            "text 或 json。",
        "Copy the database safely while others are writing: to a new file, or dated into the backup folder.":
            "在别人写入的同时安全地复制数据库：复制到一个新文件，或按日期存入备份目录。",
        "A backup: --to a new file, or --into a folder (else `backups` in the settings), checked, keeping the newest of 7 days, 4 weeks and 12 months there.":
            "备份：--to 到一个新文件，或 --into 到一个目录（否则用设置中的 backups），经过检查，并在该目录中保留最近 7 天、4 周和 12 个月各自最新的一份。",
        "A new file; it must not exist yet.":
            "一个新文件；它不能已经存在。",
        "The backup folder: a dated, checked copy, the older ones thinned out.":
            "备份目录：存入一份带日期、经过检查的副本，较旧的按规则精简。",
        "The backups in the backup folder, newest first.":
            "备份目录中的备份，最新的在前。",
        "The backup folder (else `backups` in the settings).":
            "备份目录（否则用设置中的 backups）。",
        "Staff accounts: who may use the desk, and as what.":
            "工作人员账号：谁可以使用工作台，以什么身份。",
        "List the accounts.":
            "列出账号。",
        "Add an account (admins only): the OS login and what it may do.":
            "添加账号（仅管理员）：系统登录名及其权限。",
        "The OS login.":
            "系统登录名。",
        "The person's name as the desk shows it.":
            "工作台上显示的姓名。",
        "admin, desk, reviewer, township_secretary or read_only.":
            "admin（管理员）、desk（受理）、reviewer（点评）、township_secretary（乡镇书记）或 read_only（只读）。",
        "For township secretaries: their township (e.g. 罗阳镇).":
            "乡镇书记所在的乡镇（例如 罗阳镇）。",
        "Disable an account (admins only); its history stays.":
            "停用账号（仅管理员）；其历史记录保留。",
        "Help requests for scripts: list, show, add, act, edit.":
            "供脚本使用的求助命令：list、show、add、act、edit。",
        "Correct a request taken in: its title, text, category, urgency or township.":
            "修改已登记的求助：标题、内容、类别、紧急程度或乡镇。",
        "The history keeps each field's old and new value. A township secretary corrects her own township's requests and cannot move one to another township.":
            "处理记录保留每一项的原值和新值。乡镇书记只能修改本乡镇的求助，不能把求助改到别的乡镇。",
        "A new title.":
            "新的标题。",
        "The new whole text.":
            "新的全文。",
        "List requests, overdue and urgent first.":
            "列出求助，超时的和紧急的在前。",
        "A state (default: the open ones), or all.":
            "一个状态（默认：未办结的），或 all。",
        "A township.":
            "一个乡镇。",
        "Only overdue ones.":
            "只列超时的。",
        "At most this many.":
            "最多列出这么多条。",
        "Act as this login (admins only).":
            "以这个登录名的身份操作（仅管理员）。",
        "One request with its whole history.":
            "一件求助及其全部历史。",
        "Its reference, e.g. QZ-2026-00123.":
            "它的编号，例如 QZ-2026-00123。",
        "Record a new request as collected; prints its reference.":
            "登记一件新收集的求助；输出它的编号。",
        "A short title.":
            "简短的标题。",
        "The whole text.":
            "全文。",
        "Category: 志愿 创业 婚恋 健康 心理 帮扶 就业 其他 (or its English code).":
            "类别：志愿 创业 婚恋 健康 心理 帮扶 就业 其他（或其英文代码）。",
        "Township, e.g. 罗阳镇.":
            "乡镇，例如 罗阳镇。",
        "Village, community or school in the township.":
            "乡镇中的村、社区或学校。",
        "urgent, high or normal (急 高 中).":
            "urgent、high 或 normal（急 高 中）。",
        "urgent, high or normal (急 高 中); normal when not given.":
            "urgent、high 或 normal（急 高 中）；不填为 normal。",
        "moments, phone, visit or commune.":
            "moments（朋友圈）、phone（电话）、visit（走访）或 commune（青公社）。",
        "Take an action on a request (see docs/workflows.md for the actions).":
            "对一件求助执行一个操作（操作见 docs/workflows.md）。",
        "Its reference.":
            "它的编号。",
        "The action, e.g. submit, village_approve, assign, resolve, close.":
            "操作，例如 submit、village_approve、assign、resolve、close。",
        "A note, reason or resolution, as the action needs.":
            "操作所需的备注、理由或办理结果。",
        "For assign: a cadre's name (or a youth commune's).":
            "用于 assign：一位微元素的姓名（或一个青公社的名称）。",
        "For merge: the reference to merge into.":
            "用于 merge：并入的目标编号。",
        "List overdue requests and those due within --within hours; exit 3 if any is overdue.":
            "列出已超时的求助，以及 --within 小时内到期的；有超时的则退出码为 3。",
        "--format nagios prints one status line for Nagios or Icinga, references and counts only, and exits 0 OK, 1 WARNING (something due within --within hours), 2 CRITICAL (something overdue) or 3 UNKNOWN (the county could not be read). --format json lists references, states and hours for scripts.":
            "--format nagios 为 Nagios 或 Icinga 输出一行状态，只有编号和数量，退出码 0 OK、1 WARNING（有求助将在 --within 小时内到期）、2 CRITICAL（有求助已超时）或 3 UNKNOWN（读不了本县数据）。--format json 为脚本列出编号、状态和小时数。",
        "Also list requests whose next deadline is within this many hours.":
            "同时列出下一个时限在这么多小时之内的求助。",
        "text, json or nagios.":
            "text、json 或 nagios。",
        "Show the deadlines per urgency, or change one (admins only; applies to new requests).":
            "显示各紧急程度的时限，或修改其中一项（仅管理员；对新求助生效）。",
        "urgent, high or normal.":
            "urgent、high 或 normal。",
        "first_contact or resolution.":
            "first_contact（首次联系）或 resolution（办结）。",
        "The new allowance in hours.":
            "新的时限，以小时计。",
        "Import a CSV file or an Excel workbook (.xlsx) of townships, cadres, communes, contact points, young people or pairings, or diaries as CSV, .xlsx or JSON.":
            "导入乡镇、团干部、青公社、联系点、青年或结对的 CSV 文件或 Excel 工作簿（.xlsx），或 CSV、.xlsx、JSON 格式的工作日记。",
        "A CSV file may be UTF-8 (with or without a BOM), GB18030/GBK or UTF-16; a workbook is read from the sheet named with --sheet, else the first whose header names the table's columns. Headers may be Chinese or English. Every bad row is reported by line (or sheet and cell) and column and then nothing is written; rows already on file are updated, so the same file twice changes nothing the second time.":
            "CSV 文件可以是 UTF-8（带或不带 BOM）、GB18030/GBK 或 UTF-16；工作簿读 --sheet 指定的工作表，否则读第一个表头含有该表各列的工作表。表头可以是中文或英文。每一行有问题都按行号（或工作表和单元格）和列报告出来，然后什么也不写入；已有的行会被更新，所以同一个文件导入两次，第二次不会有任何改变。",
        "townships | cadres | communes | contact-points | young-people | pairings | diaries | diary-comments | survey-answers | suggestions | activity-replies | service-day-signups":
            "townships | cadres | communes | contact-points | young-people | pairings | diaries | diary-comments | survey-answers | suggestions | activity-replies | service-day-signups（乡镇、微元素、青公社、联系点、青年、结对、日记、日记点评、测评答卷、意见建议、活动回复、服务日报名）",
        "The CSV, .xlsx or JSON file; for diaries also a phone form's export, a zip or folder of the list and its photos.":
            "CSV、.xlsx 或 JSON 文件；导入日记时也可以是手机表单导出的 zip 或文件夹（日记表和它列出的照片）。",
        "For a workbook: the sheet to read.":
            "工作簿：要读的工作表。",
        "csv or xlsx (default: xlsx when -o ends in .xlsx, else csv).":
            "csv 或 xlsx（默认：-o 以 .xlsx 结尾时为 xlsx，否则为 csv）。",
        "For survey-answers: the survey's number (circledesk survey list).":
            "用于 survey-answers：测评的编号（见 circledesk survey list）。",
        "For activity-replies: the activity's number (circledesk activity list).":
            "用于 activity-replies：活动的编号（见 circledesk activity list）。",
        "Check the file and say what it would change, changing nothing.":
            "检查文件并说明会改变什么，但不做任何改变。",
        "utf-8 | gb18030 | utf-16 (default: detected).":
            "utf-8 | gb18030 | utf-16（默认：自动识别）。",
        "Export a table (the roster, diaries, survey answers, suggestions, activity replies) as CSV for Excel or WPS.":
            "把一张表（花名册、日记、测评答卷、意见建议、活动回复）导出为 CSV，供 Excel 或 WPS 使用。",
        "Phone numbers are masked (138****5678) unless --include-personal is given by an admin or desk staff.":
            "手机号会被遮盖（138****5678），除非管理员或受理人员给出 --include-personal。",
        "Full phone numbers (admins and desk staff only).":
            "完整手机号（仅管理员和受理人员）。",
        "Write to this new file instead of standard output.":
            "写入这个新文件，而不是标准输出。",
        "The cadre's number is shown whole to admins and desk staff, the young person's only with --include-personal. With --town instead of a number: a sheet of the township's cards on A4, to cut out.":
            "团干部的手机号对管理员和受理人员完整显示，青年的手机号只在给出 --include-personal 时完整显示。用 --town 代替卡号：把该乡镇的卡片排在 A4 纸上，印出后裁开。",
        "Every card of this township's pairings going on, as a sheet (HTML or --print).":
            "该乡镇所有正在进行的结对的卡片，排成一页（HTML 或 --print）。",
        "A pairing contact card (结对联系卡) as text or HTML, or on paper with --print.":
            "结对联系卡：文本或 HTML，或用 --print 打印。",
        "Phone numbers are masked unless --include-personal is given by an admin or desk staff.":
            "手机号会被遮盖，除非管理员或受理人员给出 --include-personal。",
        "The card number, e.g. JD-2025-00001.":
            "卡号，例如 JD-2025-00001。",
        "text or html.":
            "text 或 html。",
        "Diary review for admins: calibration of reviewers, double-review samples, the rubric.":
            "管理员的日记点评工具：点评人校准、双人点评抽样、评分标准。",
        "Each reviewer's mean offset against colleagues per criterion, and weighted kappa.":
            "每位点评人在各项标准上相对同事的平均偏差，以及加权 kappa。",
        "Ask for two independent reviews of about PERCENT% of the diaries no one has begun to review.":
            "从还没有人开始点评的日记中抽取约 PERCENT% 请两人各自独立点评。",
        "The share of waiting diaries, 1 to 100.":
            "在等待点评的日记中所占的比例，1 到 100。",
        "The rubric new reviews use, as JSON.":
            "新点评使用的评分标准，JSON 格式。",
        "Make the rubric in FILE (JSON, as `review rubric` prints it) the one new reviews use (admins only).":
            "把 FILE 中的评分标准（JSON，格式同 review rubric 的输出）设为新点评使用的标准（仅管理员）。",
        "Weights must add up to 100. Reviews already begun keep the rubric they were begun with.":
            "权重之和必须为 100。已经开始的点评继续使用开始时的标准。",
        "The rubric as JSON.":
            "JSON 格式的评分标准。",
        "Reports for the committee.":
            "给团县委的报表。",
        "Satisfaction for the county, each township and each cadre, with 95% intervals and follow-ups.":
            "全县、各乡镇和每位微元素的满意度，带 95% 置信区间和跟进情况。",
        "The rate is satisfied answers divided by all answers. Breakdowns under 5 answers show no rate; a rank (from 10 answers) is one more than the groups whose 95% interval lies wholly above.":
            "满意率是满意的回答除以全部回答。不足 5 个回答的分组不显示满意率；名次（至少 10 个回答）等于 95% 区间完全在它之上的分组数加 1。",
        "text, json, csv, html or pdf (A4).":
            "text、json、csv、html 或 pdf(A4)。",
        "2026, 2026H2, 2026Q4 or 2026-11 (default: this half-year).":
            "2026、2026H2、2026Q4 或 2026-11（默认：本半年）。",
        "The weekly summary for the committee: one ISO week, Monday to Sunday, county time.":
            "给团县委的周报：一个 ISO 周，周一到周日，按本县时间。",
        "An ISO week such as 2026-W48 (default: the week before this one).":
            "一个 ISO 周，例如 2026-W48（默认：上一周）。",
        "text, md, html, pdf (A4, made by weasyprint), csv or json.":
            "text、md、html、pdf（A4，由 weasyprint 生成）、csv 或 json。",
        "Send it to the default printer with lp (CUPS), as a PDF.":
            "以 PDF 用 lp(CUPS)发送到默认打印机。",
        "The request's sheet (求助单) for its case file: one A4 page to the default printer, or a PDF with -o.":
            "求助单，存入案卷：一页 A4 送往默认打印机，或用 -o 写成 PDF 文件。",
        "Write the PDF to this new file instead of printing it.":
            "把 PDF 写入这个新文件，而不是打印。",
        "How many copies to print (1 to 99).":
            "打印几份（1 到 99）。",
        "Satisfaction surveys: list them, or file a new one from JSON.":
            "满意度测评：列出测评，或用 JSON 新建一个。",
        "Every survey: number, period, kind, questions, answers.":
            "每一次测评：编号、时段、类型、题目、答卷数。",
        "File a survey written as JSON: title, kind (periodic | follow_up), period, target, questions.":
            "新建一个用 JSON 写成的测评：title（标题）、kind（periodic 定期 | follow_up 回访）、period（时段）、target（对象）、questions（题目）。",
        "{\"title\": \"2027年上半年团干部满意度测评\", \"kind\": \"periodic\", \"period\": \"2027H1\",\n \"target\": {\"townships\": [\"罗阳镇\"], \"invited\": 300},\n \"questions\": [{\"kind\": \"satisfaction\", \"text\": \"您对这位团干部的工作满意吗?\"},\n               {\"kind\": \"scale\", \"text\": \"联系服务是否及时(1-5)\"}, {\"kind\": \"text\", \"text\": \"意见和建议\"}]}\nQuestion kinds: satisfaction (满意/基本满意/不满意), scale (1-5), yes_no, text.":
            "{\"title\": \"2027年上半年团干部满意度测评\", \"kind\": \"periodic\", \"period\": \"2027H1\",\n \"target\": {\"townships\": [\"罗阳镇\"], \"invited\": 300},\n \"questions\": [{\"kind\": \"satisfaction\", \"text\": \"您对这位团干部的工作满意吗？\"},\n               {\"kind\": \"scale\", \"text\": \"联系服务是否及时（1-5）\"}, {\"kind\": \"text\", \"text\": \"意见和建议\"}]}\n题目类型：satisfaction（满意/基本满意/不满意）、scale(1-5)、yes_no（是/否）、text（文字）。",
        "The survey as JSON.":
            "JSON 格式的测评。",
        "Suggestions from young people (意见建议): list, add, answer.":
            "青年的意见建议：list、add、answer。",
        "Unanswered first (oldest first; over a week marked overdue), then the answered.":
            "未答复的在前（最早的在前；超过一周标为超时），然后是已答复的。",
        "Only those not answered yet.":
            "只列还没答复的。",
        "Log a suggestion; prints its reference.":
            "登记一条意见建议；输出它的编号。",
        "What was suggested.":
            "建议的内容。",
        "The township it came from.":
            "它来自哪个乡镇。",
        "moments | phone | visit | commune.":
            "moments | phone | visit | commune（朋友圈 | 电话 | 走访 | 青公社）。",
        "Answer a suggestion.":
            "答复一条意见建议。",
        "Its reference, e.g. YJ-2026-00012.":
            "它的编号，例如 YJ-2026-00012。",
        "The answer.":
            "答复内容。",
        "Help squads (帮帮团) of volunteer projects, and their plans filed with the county.":
            "志愿项目的帮帮团，以及它们报团县委备案的计划。",
        "Every squad: project, township, leader, members, where its plan stands.":
            "每一个帮帮团：项目、乡镇、负责人、成员、计划进展到哪一步。",
        "Form a squad of a project (the project is started if it is new); prints its number. Its plan starts as a draft.":
            "成立一个项目的帮帮团（新项目会同时建立）；输出它的编号。它的计划从草稿开始。",
        "The volunteer project, e.g. 915青年救援项目团.":
            "志愿项目，例如 915青年救援项目团。",
        "The squad's name.":
            "帮帮团的名称。",
        "Its township (default: the leader's).":
            "所在乡镇（默认：负责人所在的乡镇）。",
        "The leader's phone, as the roster has it.":
            "负责人的手机号，与花名册中一致。",
        "A member (repeat the option).":
            "一名成员（可重复此选项）。",
        "What the squad plans to do.":
            "帮帮团打算做的事。",
        "Rewrite a squad's plan while it is a draft or was returned; then submit it with squad act N submit.":
            "在草稿或被退回时改写帮帮团的计划；然后用 squad act N submit 提交。",
        "The squad's number (circledesk squad list).":
            "帮帮团的编号（见 circledesk squad list）。",
        "The plan.":
            "计划内容。",
        "submit, file or return (with --reason) a squad's plan (see docs/workflows.md).":
            "提交（submit）、备案（file）或退回（return，需 --reason）帮帮团的计划（见 docs/workflows.md）。",
        "submit | file | return":
            "submit | file | return（提交 | 备案 | 退回）",
        "Why it goes back (for return).":
            "退回的原因（用于 return）。",
        "Activity polls (服务菜单): post a menu, record replies, say what changed.":
            "服务菜单活动：发布菜单、登记回复、说明因此做了哪些改变。",
        "Every activity with its tally, comments and outcome.":
            "每一项活动及其计票、留言和结果。",
        "Post an activity draft with its menu of options; prints its number.":
            "发布一项活动草案及其选项菜单；输出它的编号。",
        "The activity.":
            "活动名称。",
        "What is planned.":
            "计划做什么。",
        "An option of the menu (two at least; repeat the option).":
            "菜单中的一个选项（至少两个；可重复此选项）。",
        "Its township.":
            "所在乡镇。",
        "Record one reply: the option chosen, and what they said.":
            "登记一条回复：选了哪一项，说了什么。",
        "The activity's number.":
            "活动的编号。",
        "The option chosen, numbered from 1.":
            "所选的选项，从 1 开始编号。",
        "Their name, if they gave it.":
            "对方的姓名，如果留了的话。",
        "What they said.":
            "对方说的话。",
        "Say how the activity changed because of the replies.":
            "说明活动因为这些回复做了哪些改变。",
        "What changed.":
            "改变了什么。",
        "Volunteer service days (the last Sunday of each month): townships' plans and sign-ups.":
            "团员志愿服务日（每月最后一个星期日）：各乡镇的计划和报名。",
        "The next service days and holidays, with the plans made for them.":
            "接下来的服务日和节假日，以及为它们做的计划。",
        "How many months ahead.":
            "往后看几个月。",
        "What a township plans for a day; prints the plan's number.":
            "一个乡镇为某一天做的计划；输出计划的编号。",
        "The day, e.g. 2026-12-27.":
            "日期，例如 2026-12-27。",
        "The township.":
            "乡镇。",
        "Someone signs up for a plan.":
            "有人报名参加一个计划。",
        "The plan's number.":
            "计划的编号。",
        "Their name.":
            "对方的姓名。",
        "Serve the county's database to every desk in the office, as the one account that may open it.":
            "作为唯一可以打开本县数据库的账号，把它提供给办公室里的每一个工作台。",
        "Run it as the service account (see docs/deployment.md). Desks and commands connect to the socket; who they are is the kernel's word for their Linux login, matched to an operator.":
            "以服务账号运行（见 docs/deployment.md）。工作台和命令连接到这个套接字；连接者是谁由内核按其 Linux 登录名认定，再对应到一位工作人员。",
        "The socket to listen on (else `server` in the configuration, else /run/circledesk/circledesk.sock).":
            "监听的套接字（否则用配置中的 server，再否则用 /run/circledesk/circledesk.sock）。",
        "Bring a database written by an older version up to this one, after a backup beside it (its owner only).":
            "把旧版本写的数据库升级到本版本，升级前先在旁边备份（仅其所有者）。",
        "Put a backup back in place of the database (its owner or an admin, with the server stopped).":
            "用备份替换数据库（仅其所有者或管理员，且服务器须已停止）。",
        "The backup is checked first; the database it replaces is kept beside it, and the counts before and after are shown.":
            "先检查备份；被替换的数据库保存在它旁边，并显示恢复前后的行数。",
        "The backup file.":
            "备份文件。",
        "Let one person make both approvals of a request in a township with a single secretary (admins only); without a township, list them.":
            "允许只有一位书记的乡镇由同一人完成一条求助的两级审核（仅管理员）；不写乡镇时列出这样的乡镇。",
        "The village and township approvals of a request are two people's; where a township has one secretary, an admin may allow one, and the history says so.":
            "一条求助的村级审核和乡镇审核须由两人分别作出；乡镇只有一位书记时，管理员可以允许由一人完成，处理记录会注明。",
        "Take the allowance back: two people again.":
            "收回这一允许：两级审核又须由两人作出。",
        "For village_approve: the village branch it is recorded for (代 中垟村团支部).":
            "用于 village_approve：代哪个村团支部记录（代 中垟村团支部）。",
        "For contact: how the requester was reached, phone, wechat or visit.":
            "用于 contact：怎么联系上求助人的，phone（电话）、wechat（微信）或 visit（上门）。",
        "townships | cadres | communes | contact-points | young-people | pairings | diaries | diary-comments | survey-answers | suggestions | activity-replies | service-day-signups | requests":
            "townships | cadres | communes | contact-points | young-people | pairings | diaries | diary-comments | survey-answers | suggestions | activity-replies | service-day-signups | requests（乡镇、微元素、青公社、联系点、青年、结对、日记、日记点评、测评答卷、意见建议、活动回复、服务日报名、求助）",
        "Export a table (the roster, diaries, survey answers, suggestions, activity replies) or the requests as CSV or an Excel workbook (.xlsx).":
            "把一张表（花名册、日记、测评答卷、意见建议、活动回复）或求助导出为 CSV 或 Excel 工作簿（.xlsx）。",
        "Phone numbers are masked (138****5678) unless --include-personal is given by an admin or desk staff. Requests are chosen as request list chooses them (--state, --town, --overdue, --search), a township secretary's from her township.":
            "手机号会遮盖（138****5678），除非管理员或受理人员给出 --include-personal。求助的选法与 request list 相同（--state、--town、--overdue、--search），乡镇书记只导出本乡镇的。",
        "Words in the title or text, or part of a reference.":
            "标题或正文里的词，或编号的一部分。",
        "Who did what: every step taken on requests, the roster, diaries and squads, by everyone, oldest first.":
            "谁做了什么：所有人在求助、花名册、日记和帮帮团上的每一步，按时间先后。",
        "By default today's. A township secretary sees her township's.":
            "默认是今天的。乡镇书记只看到本乡镇的。",
        "From this day (YYYY-MM-DD) or moment; default today.":
            "从这一天（YYYY-MM-DD）或这一时刻起；默认今天。",
        "Until this day or moment, not included; default a day after --since.":
            "到这一天或这一时刻为止（不含）；默认 --since 之后一天。",
        "One person: their login or name.":
            "只看一个人：登录名或姓名。",
        "Who asked: their name.":
            "求助人姓名。",
        "Who asked: their mobile number (an existing young person is found by it).":
            "求助人手机号（已登记的青年按手机号找到）。",
        "The cadre who took it in: name, pinyin initials or phone.":
            "收集这条求助的团干部：姓名、拼音首字母或手机号。",
]
}
