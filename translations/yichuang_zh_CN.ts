<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>yc::AdminPage</name>
    <message>
        <source>Staff accounts</source>
        <translation>工作人员账号</translation>
    </message>
    <message>
        <source>Hall and windows</source>
        <translation>大厅与窗口</translation>
    </message>
    <message>
        <source>This workstation</source>
        <translation>本机设置</translation>
    </message>
    <message>
        <source>Hall name</source>
        <translation>大厅名称</translation>
    </message>
    <message>
        <source>Hall code</source>
        <translation>大厅编码</translation>
    </message>
    <message>
        <source>Region code</source>
        <translation>行政区划代码</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>大厅地址</translation>
    </message>
    <message>
        <source>Save hall</source>
        <translation>保存大厅信息</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>窗口号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>窗口名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>窗口类型</translation>
    </message>
    <message>
        <source>In service</source>
        <translation>启用</translation>
    </message>
    <message>
        <source>Add window</source>
        <translation>添加窗口</translation>
    </message>
    <message>
        <source>Window %1</source>
        <translation>%1号窗口</translation>
    </message>
    <message>
        <source>Save windows</source>
        <translation>保存窗口设置</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Leave empty to run this PC on its own (standalone)</source>
        <translation>留空表示本机单机运行</translation>
    </message>
    <message>
        <source>Window number of this PC</source>
        <translation>本机窗口号</translation>
    </message>
    <message>
        <source>Lock after inactivity</source>
        <translation>无操作自动锁定</translation>
    </message>
    <message>
        <source>Hall service address</source>
        <translation>大厅服务地址</translation>
    </message>
    <message>
        <source>The window number and the hall service address take effect at the next start. Settings file: %1</source>
        <translation>窗口号和大厅服务地址在下次启动后生效。配置文件：%1</translation>
    </message>
    <message>
        <source>Hall</source>
        <translation>政务服务大厅</translation>
    </message>
    <message>
        <source>Window %1: %2</source>
        <translation>%1号窗口：%2</translation>
    </message>
    <message>
        <source>Matter catalog</source>
        <translation>事项目录</translation>
    </message>
    <message>
        <source>Import a catalog file…</source>
        <translation>导入事项目录文件…</translation>
    </message>
    <message>
        <source>The report of the last import appears here: what was added, what was unchanged, and every record that was skipped with its position in the file.</source>
        <translation>最近一次导入的报告显示在这里：新增了哪些、哪些未变，以及每条被跳过的记录及其在文件中的位置。</translation>
    </message>
    <message>
        <source>Catalog version %1 with %2 matters.</source>
        <translation>事项目录版本 %1，共 %2 项事项。</translation>
    </message>
    <message>
        <source>The catalog cannot be read.</source>
        <translation>无法读取事项目录。</translation>
    </message>
    <message>
        <source>Import a catalog file</source>
        <translation>导入事项目录文件</translation>
    </message>
    <message>
        <source>Catalog (*.json)</source>
        <translation>事项目录（*.json）</translation>
    </message>
</context>
<context>
    <name>yc::CaseListModel</name>
    <message>
        <source>Case number</source>
        <translation>办件编号</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>事项名称</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>办件状态</translation>
    </message>
    <message>
        <source>Applied at</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>办结期限</translation>
    </message>
</context>
<context>
    <name>yc::CasesPage</name>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>No cases yet. Accepted cases appear here.</source>
        <translation>暂无办件。受理后的办件将显示在这里。</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) in total</source>
        <translation>
            <numerusform>共%n件办件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>yc::CatalogImporter</name>
    <message>
        <source>Catalog version %1: %2 added, %3 unchanged, %4 skipped.</source>
        <translation>事项目录版本 %1：新增%2项，未变更%3项，跳过%4项。</translation>
    </message>
    <message>
        <source>Cannot read the catalog file %1: %2</source>
        <translation>无法读取事项目录文件 %1：%2</translation>
    </message>
    <message>
        <source>The catalog file has version %1, older than the version %2 already in use. Nothing was imported.</source>
        <translation>事项目录文件的版本为 %1，低于当前在用的版本 %2，未导入任何内容。</translation>
    </message>
    <message>
        <source>%1 (%2): version %3 changed without a new version number; the stored content was kept</source>
        <translation>%1（%2）：版本 %3 的内容有变化但未更新版本号，已保留原有内容</translation>
    </message>
    <message>
        <source>%1 (%2): version %3 is older than the stored version %4</source>
        <translation>%1（%2）：版本 %3 低于已有的版本 %4</translation>
    </message>
</context>
<context>
    <name>yc::CatalogPage</name>
    <message>
        <source>Filter by name, department, code or keyword</source>
        <translation>按事项名称、部门、编码或关键词筛选</translation>
    </message>
    <message>
        <source>%1 of %2 matters</source>
        <translation>显示%1项，共%2项事项</translation>
    </message>
    <message>
        <source>Committed:</source>
        <translation>承诺时限：</translation>
    </message>
    <message>
        <source>Legal:</source>
        <translation>法定时限：</translation>
    </message>
    <message>
        <source>Visits:</source>
        <translation>跑动次数：</translation>
    </message>
    <message>
        <source>Implementation code:</source>
        <translation>实施编码：</translation>
    </message>
    <message>
        <source>Conditions:</source>
        <translation>受理条件：</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>申请材料</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>材料名称</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>材料类型</translation>
    </message>
    <message>
        <source>Form</source>
        <translation>材料形式</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>份数</translation>
    </message>
    <message>
        <source>Necessity</source>
        <translation>必要性</translation>
    </message>
    <message>
        <source>Fees:</source>
        <translation>收费情况：</translation>
    </message>
    <message>
        <source>free of charge</source>
        <translation>不收费</translation>
    </message>
    <message>
        <source>Fee:</source>
        <translation>收费项目：</translation>
    </message>
    <message>
        <source>Legal basis:</source>
        <translation>设定依据：</translation>
    </message>
</context>
<context>
    <name>yc::CatalogParser</name>
    <message>
        <source>missing</source>
        <translation>缺少此项</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>必须为文本</translation>
    </message>
    <message>
        <source>length %1 is outside %2–%3</source>
        <translation>长度%1不在%2–%3范围内</translation>
    </message>
    <message>
        <source>contains control characters</source>
        <translation>包含控制字符</translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot; (allowed: %2)</source>
        <translation>未知取值“%1”（允许的取值：%2）</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>必须为%1至%2之间的整数</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>必须为 true 或 false</translation>
    </message>
    <message>
        <source>must be a list of 1 to %1 entries</source>
        <translation>必须为包含1至%1项的列表</translation>
    </message>
    <message>
        <source>must be text of 1 to %1 characters</source>
        <translation>必须为1至%1个字符的文本</translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot;</source>
        <translation>未知取值“%1”</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>必须为列表</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>必须为对象</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>第%1行第%2列</translation>
    </message>
    <message>
        <source>may only contain letters, digits and &apos;-&apos;</source>
        <translation>只能包含字母、数字和“-”</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the departments</source>
        <translation>“%1”不在部门列表中</translation>
    </message>
    <message>
        <source>must be a two-digit code (GB/T 39046 A.1)</source>
        <translation>必须为两位数字代码（GB/T 39046 A.1）</translation>
    </message>
    <message>
        <source>must be 0 for an instant matter</source>
        <translation>即办件的此项必须为0</translation>
    </message>
    <message>
        <source>the committed limit exceeds the legal limit</source>
        <translation>承诺时限超过了法定时限</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears twice in this matter</source>
        <translation>“%1”在本事项中重复出现</translation>
    </message>
    <message>
        <source>The catalog is not valid JSON (%1 at %2). Nothing was imported.</source>
        <translation>事项目录不是有效的 JSON 文件（%2：%1），未导入任何内容。</translation>
    </message>
    <message>
        <source>The file is not a Yichuang catalog. Nothing was imported.</source>
        <translation>该文件不是一窗事项目录文件，未导入任何内容。</translation>
    </message>
    <message>
        <source>The catalog has no valid formatVersion. Nothing was imported.</source>
        <translation>事项目录缺少有效的格式版本（formatVersion），未导入任何内容。</translation>
    </message>
    <message>
        <source>The catalog uses format version %1; this program reads version %2. Nothing was imported.</source>
        <translation>事项目录的格式版本为 %1，本程序只能读取版本 %2，未导入任何内容。</translation>
    </message>
    <message>
        <source>must be an ISO-8601 time</source>
        <translation>必须为 ISO 8601 格式的时间</translation>
    </message>
    <message>
        <source>The catalog header is invalid: %1. Nothing was imported.</source>
        <translation>事项目录文件头无效：%1。未导入任何内容。</translation>
    </message>
    <message>
        <source>code &quot;%1&quot; appears twice</source>
        <translation>编码“%1”重复出现</translation>
    </message>
    <message>
        <source>taskCode appears twice in the file</source>
        <translation>文件中的 taskCode 重复出现</translation>
    </message>
</context>
<context>
    <name>yc::CatalogRepository</name>
    <message>
        <source>This matter is no longer in the catalog.</source>
        <translation>该事项已不在事项目录中。</translation>
    </message>
</context>
<context>
    <name>yc::ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <source>Your password was set by an administrator. Choose your own before you go on.</source>
        <translation>您的密码由系统管理员设置，请先设置您自己的密码再继续。</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>New password again</source>
        <translation>确认新密码</translation>
    </message>
    <message>
        <source>8 to 128 characters, with at least one letter and one digit.</source>
        <translation>8至128个字符，至少包含一个字母和一个数字。</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
</context>
<context>
    <name>yc::Client</name>
    <message>
        <source>Yichuang</source>
        <translation>一窗</translation>
    </message>
    <message>
        <source>This database has no hall set up. Start once with --standalone for the demonstration hall, or ask the administrator to configure the hall service.</source>
        <translation>该数据库尚未设置政务服务大厅。请使用 --standalone 参数启动一次以创建演示大厅，或联系系统管理员配置大厅服务。</translation>
    </message>
    <message>
        <source>Hall</source>
        <translation>大厅</translation>
    </message>
    <message>
        <source>standalone (in this program)</source>
        <translation>单机运行（本机内置）</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>未连接</translation>
    </message>
    <message>
        <source>Province platform</source>
        <translation>省级平台</translation>
    </message>
    <message>
        <source>not configured</source>
        <translation>未配置</translation>
    </message>
    <message>
        <source>ID card reader</source>
        <translation>身份证读卡器</translation>
    </message>
    <message>
        <source>not set up</source>
        <translation>未配置</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>扫描仪</translation>
    </message>
</context>
<context>
    <name>yc::Codes</name>
    <message>
        <source>Window clerk</source>
        <translation>窗口受理人员</translation>
    </message>
    <message>
        <source>Help desk</source>
        <translation>帮办代办人员</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>大厅管理人员</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>系统管理员</translation>
    </message>
    <message>
        <source>Comprehensive intake</source>
        <translation>综合受理</translation>
    </message>
    <message>
        <source>Cross-region service</source>
        <translation>区域通办</translation>
    </message>
    <message>
        <source>Assisted and proxy service</source>
        <translation>帮办代办</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>投诉受理（吐槽找茬）</translation>
    </message>
    <message>
        <source>Last-resort service</source>
        <translation>兜底服务（办不成事）</translation>
    </message>
    <message>
        <source>Instant</source>
        <translation>即办件</translation>
    </message>
    <message>
        <source>Committed</source>
        <translation>承诺件</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>在用</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必要</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>非必要</translation>
    </message>
    <message>
        <source>May follow later</source>
        <translation>容缺后补</translation>
    </message>
    <message>
        <source>Original</source>
        <translation>原件</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复印件</translation>
    </message>
    <message>
        <source>Original or copy</source>
        <translation>原件或复印件</translation>
    </message>
    <message>
        <source>Original and copy</source>
        <translation>原件和复印件</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>纸质</translation>
    </message>
    <message>
        <source>Electronic</source>
        <translation>电子</translation>
    </message>
    <message>
        <source>Paper or electronic</source>
        <translation>纸质或电子</translation>
    </message>
    <message>
        <source>Paper and electronic</source>
        <translation>纸质和电子</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Government agency</source>
        <translation>政府部门核发</translation>
    </message>
    <message>
        <source>Intermediary</source>
        <translation>中介机构出具</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已收件</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>Awaiting materials</source>
        <translation>补齐补正</translation>
    </message>
    <message>
        <source>Special procedure</source>
        <translation>特别程序</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>Handed out</source>
        <translation>已出件</translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>Notified of missing materials</source>
        <translation>一次性告知</translation>
    </message>
    <message>
        <source>On the spot</source>
        <translation>即办</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n个工作日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n个自然日</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n个月</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n年</numerusform>
        </translation>
    </message>
    <message>
        <source>Administrative power</source>
        <translation>行政权力</translation>
    </message>
    <message>
        <source>Administrative licensing</source>
        <translation>行政许可</translation>
    </message>
    <message>
        <source>Administrative penalty</source>
        <translation>行政处罚</translation>
    </message>
    <message>
        <source>Administrative enforcement</source>
        <translation>行政强制</translation>
    </message>
    <message>
        <source>Administrative levy</source>
        <translation>行政征收</translation>
    </message>
    <message>
        <source>Administrative payment</source>
        <translation>行政给付</translation>
    </message>
    <message>
        <source>Administrative inspection</source>
        <translation>行政检查</translation>
    </message>
    <message>
        <source>Administrative confirmation</source>
        <translation>行政确认</translation>
    </message>
    <message>
        <source>Administrative reward</source>
        <translation>行政奖励</translation>
    </message>
    <message>
        <source>Administrative ruling</source>
        <translation>行政裁决</translation>
    </message>
    <message>
        <source>Other administrative power</source>
        <translation>其他行政权力</translation>
    </message>
    <message>
        <source>Public service</source>
        <translation>公共服务</translation>
    </message>
</context>
<context>
    <name>yc::Database</name>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 不是文件。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>无法创建数据库所在的文件夹 %1。</translation>
    </message>
    <message>
        <source>The database file %1 is damaged or is not a database (%2). It was left as it is; restore it from a backup or move it away to start a new one.</source>
        <translation>数据库文件 %1 已损坏或不是数据库文件（%2）。该文件未作任何改动；请从备份恢复，或将其移走后新建数据库。</translation>
    </message>
    <message>
        <source>The file %1 is a database of another program or of another part of Yichuang. It was left as it is.</source>
        <translation>文件 %1 是其他程序或一窗其他组件的数据库，未作任何改动。</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Yichuang (schema version %2; this program knows versions up to %3). It was left as it is: install the newer version of the program, or use a backup made for this version.</source>
        <translation>数据库 %1 由更高版本的一窗写入（结构版本 %2，本程序最高支持版本 %3），未作任何改动。请安装更高版本的程序，或使用适用于本版本的备份。</translation>
    </message>
    <message>
        <source>Could not back up %1 before upgrading it (%2). Nothing was changed.</source>
        <translation>升级前未能备份 %1（%2），未作任何改动。</translation>
    </message>
    <message>
        <source>Upgrading the database %1 to version %2 (%3) failed: %4. The database was left at version %5.</source>
        <translation>将数据库 %1 升级到版本 %2（%3）失败：%4。数据库仍保持为版本 %5。</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <source>Cannot configure the database %1: %2</source>
        <translation>无法配置数据库 %1：%2</translation>
    </message>
    <message>
        <source>The database %1 cannot use write-ahead logging here (journal mode is &quot;%2&quot;). Put it on a local disk.</source>
        <translation>数据库 %1 在当前位置无法使用预写日志（WAL）模式（当前日志模式为“%2”）。请将数据库存放在本地磁盘上。</translation>
    </message>
    <message>
        <source>The database %1 did not accept its safety settings.</source>
        <translation>数据库 %1 未能应用安全设置。</translation>
    </message>
</context>
<context>
    <name>yc::DemoSetup</name>
    <message>
        <source>Setting up the demonstration hall failed: %1</source>
        <translation>创建演示大厅失败：%1</translation>
    </message>
</context>
<context>
    <name>yc::FieldCipher</name>
    <message>
        <source>The encryption key has the wrong length.</source>
        <translation>加密密钥长度不正确。</translation>
    </message>
    <message>
        <source>Cannot read the data key %1.</source>
        <translation>无法读取数据密钥 %1。</translation>
    </message>
    <message>
        <source>The data key %1 is damaged. Restore it from the backup; without it the stored personal data cannot be read.</source>
        <translation>数据密钥 %1 已损坏，请从备份恢复；缺少该密钥将无法读取已存储的个人信息。</translation>
    </message>
    <message>
        <source>The system could not provide random numbers for a key.</source>
        <translation>系统无法为生成密钥提供随机数。</translation>
    </message>
    <message>
        <source>Cannot create the data key %1.</source>
        <translation>无法创建数据密钥 %1。</translation>
    </message>
    <message>
        <source>The system could not provide random numbers.</source>
        <translation>系统无法提供随机数。</translation>
    </message>
    <message>
        <source>Encryption failed.</source>
        <translation>加密失败。</translation>
    </message>
    <message>
        <source>Stored data could not be decrypted: it is damaged or was written with another key.</source>
        <translation>无法解密已存储的数据：数据已损坏，或是用其他密钥加密的。</translation>
    </message>
</context>
<context>
    <name>yc::HallRepository</name>
    <message>
        <source>The hall name needs 1 to 100 characters.</source>
        <translation>大厅名称须为1至100个字符。</translation>
    </message>
    <message>
        <source>The hall needs a code.</source>
        <translation>请填写大厅编码。</translation>
    </message>
    <message>
        <source>Window numbers run from 1 to 999.</source>
        <translation>窗口号须在1至999之间。</translation>
    </message>
    <message>
        <source>Unknown window type.</source>
        <translation>未知的窗口类型。</translation>
    </message>
    <message>
        <source>The window name needs 1 to 50 characters.</source>
        <translation>窗口名称须为1至50个字符。</translation>
    </message>
    <message>
        <source>Set up the hall before its windows.</source>
        <translation>请先设置大厅信息，再设置窗口。</translation>
    </message>
    <message>
        <source>Set up the hall before its business lines.</source>
        <translation>请先设置大厅信息，再设置取号业务。</translation>
    </message>
</context>
<context>
    <name>yc::HttpService</name>
    <message>
        <source>Listening on %1 would expose the service without TLS; use a loopback address until TLS is configured.</source>
        <translation>在 %1 上监听会在未启用 TLS 的情况下对外开放服务；配置 TLS 之前请使用本机回环地址。</translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2 (in use or not permitted).</source>
        <translation>无法在 %1 的 %2 端口上监听（端口已被占用或没有权限）。</translation>
    </message>
</context>
<context>
    <name>yc::LockDialog</name>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message numerus="yes">
        <source>The window was locked after %n minute(s) without use. %1, enter your password to go on.</source>
        <translation>
            <numerusform>已连续%n分钟无操作，窗口已锁定。%1，请输入密码继续。</numerusform>
        </translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Sign out (switch user)</source>
        <translation>注销（换人登录）</translation>
    </message>
</context>
<context>
    <name>yc::LoginDialog</name>
    <message>
        <source>Sign in — Yichuang</source>
        <translation>登录 — 一窗</translation>
    </message>
    <message>
        <source>Yichuang</source>
        <translation>一窗</translation>
    </message>
    <message>
        <source>Window %1 · one-window intake</source>
        <translation>%1号窗口 · 一窗受理</translation>
    </message>
    <message>
        <source>Staff number</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Large text, high contrast</source>
        <translation>大字号高对比度（适老化）</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Demonstration hall. Accounts: 1001 clerk, 2001 help desk, 3001 supervisor, 9001 administrator; password %1.</source>
        <translation>演示大厅。账号：1001 窗口受理人员，2001 帮办代办，3001 大厅管理，9001 系统管理员；密码均为 %1。</translation>
    </message>
    <message>
        <source>Enter your staff number and password.</source>
        <translation>请输入工号和密码。</translation>
    </message>
</context>
<context>
    <name>yc::MainWindow</name>
    <message>
        <source>Cases</source>
        <translation>办件</translation>
    </message>
    <message>
        <source>Matter catalog</source>
        <translation>事项目录</translation>
    </message>
    <message>
        <source>Hall overview</source>
        <translation>大厅概况</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>系统管理</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>系统(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Lock the window</source>
        <translation>锁定窗口(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Change password…</source>
        <translation>修改密码(&amp;C)…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>注销(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Large text, high contrast</source>
        <translation>大字号高对比度（适老化）(&amp;L)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>The language changes when Yichuang starts again.</source>
        <translation>界面语言将在一窗重新启动后生效。</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Yichuang</source>
        <translation>关于一窗(&amp;A)</translation>
    </message>
    <message>
        <source>About Yichuang</source>
        <translation>关于一窗</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Yichuang %1&lt;/h3&gt;&lt;p&gt;One-window intake, queue calling and case tracking for government service halls.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;一窗 %1&lt;/h3&gt;&lt;p&gt;面向政务服务大厅的一窗受理、排队叫号与办件跟踪系统。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 · Window %2 · %3 (%4)</source>
        <translation>%1 · %2号窗口 · %3（%4）</translation>
    </message>
</context>
<context>
    <name>yc::MatterTableModel</name>
    <message>
        <source>Matter</source>
        <translation>事项名称</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>实施部门</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>办件类型</translation>
    </message>
    <message>
        <source>Committed limit</source>
        <translation>承诺时限</translation>
    </message>
    <message>
        <source>Legal limit</source>
        <translation>法定时限</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>跑动次数</translation>
    </message>
    <message>
        <source>State</source>
        <translation>事项状态</translation>
    </message>
</context>
<context>
    <name>yc::OverviewPage</name>
    <message>
        <source>Cases today</source>
        <translation>今日办件</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>在办办件</translation>
    </message>
    <message>
        <source>Overdue cases</source>
        <translation>超期办件</translation>
    </message>
    <message>
        <source>Waiting tickets</source>
        <translation>等候叫号</translation>
    </message>
    <message>
        <source>Windows in service</source>
        <translation>开放窗口</translation>
    </message>
    <message>
        <source>Share of instant matters in the catalog</source>
        <translation>事项目录即办件占比</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
</context>
<context>
    <name>yc::ProvinceProfile</name>
    <message>
        <source>Cannot read the province profile %1.</source>
        <translation>无法读取省级配置文件 %1。</translation>
    </message>
    <message>
        <source>The province profile is not valid JSON.</source>
        <translation>省级配置文件不是有效的 JSON 文件。</translation>
    </message>
    <message>
        <source>The province profile needs an id and a name.</source>
        <translation>省级配置文件必须包含标识（id）和名称（name）。</translation>
    </message>
    <message>
        <source>Code table &quot;%1&quot; must be an object.</source>
        <translation>代码表“%1”必须为对象。</translation>
    </message>
    <message>
        <source>Code table &quot;%1&quot;: &quot;%2&quot; needs a code as text.</source>
        <translation>代码表“%1”：“%2”的代码必须为文本。</translation>
    </message>
    <message>
        <source>Code table &quot;%1&quot;: code &quot;%2&quot; is given to both &quot;%3&quot; and &quot;%4&quot;.</source>
        <translation>代码表“%1”：代码“%2”同时分配给了“%3”和“%4”。</translation>
    </message>
    <message>
        <source>Code table &quot;%1&quot; has no code for &quot;%2&quot;.</source>
        <translation>代码表“%1”中缺少“%2”的代码。</translation>
    </message>
</context>
<context>
    <name>yc::ServiceOptionsParser</name>
    <message>
        <source>Read settings from this INI file.</source>
        <translation>从指定的 INI 文件读取配置。</translation>
    </message>
    <message>
        <source>The SQLite database file.</source>
        <translation>SQLite 数据库文件。</translation>
    </message>
    <message>
        <source>The address to listen on (default 127.0.0.1).</source>
        <translation>监听地址（默认为 127.0.0.1）。</translation>
    </message>
    <message>
        <source>The TCP port (0 = any free port).</source>
        <translation>TCP 端口（0 表示任选一个空闲端口）。</translation>
    </message>
    <message>
        <source>The folder for log files.</source>
        <translation>日志文件所在的文件夹。</translation>
    </message>
    <message>
        <source>Cannot read the configuration file %1.</source>
        <translation>无法读取配置文件 %1。</translation>
    </message>
    <message>
        <source>The configuration file %1 is malformed.</source>
        <translation>配置文件 %1 格式有误。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a TCP port.</source>
        <translation>“%1”不是有效的 TCP 端口。</translation>
    </message>
    <message>
        <source>The listen address is not an IP address.</source>
        <translation>监听地址不是有效的 IP 地址。</translation>
    </message>
</context>
<context>
    <name>yc::Session</name>
    <message>
        <source>Nobody is signed in.</source>
        <translation>当前没有已登录的用户。</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>当前密码错误。</translation>
    </message>
    <message>
        <source>Choose a password different from the current one.</source>
        <translation>新密码不能与当前密码相同。</translation>
    </message>
    <message>
        <source>This needs the role &quot;%1&quot;, which your account does not have.</source>
        <translation>此操作需要“%1”角色，您的账号不具备该角色。</translation>
    </message>
</context>
<context>
    <name>yc::StaffDialog</name>
    <message>
        <source>New staff account</source>
        <translation>新建工作人员账号</translation>
    </message>
    <message>
        <source>Edit staff account</source>
        <translation>编辑工作人员账号</translation>
    </message>
    <message>
        <source>Account active</source>
        <translation>启用账号</translation>
    </message>
    <message>
        <source>Staff number</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>所属部门</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>First password</source>
        <translation>初始密码</translation>
    </message>
</context>
<context>
    <name>yc::StaffRepository</name>
    <message>
        <source>Wrong staff number or password.</source>
        <translation>工号或密码错误。</translation>
    </message>
    <message>
        <source>The password needs 8 to 128 characters with at least one letter and one digit.</source>
        <translation>密码须为8至128个字符，且至少包含一个字母和一个数字。</translation>
    </message>
    <message>
        <source>This account is disabled. Ask the administrator to enable it.</source>
        <translation>该账号已停用，请联系系统管理员启用。</translation>
    </message>
    <message>
        <source>Too many wrong passwords. The account is locked until %1.</source>
        <translation>密码错误次数过多，账号已锁定至 %1。</translation>
    </message>
    <message>
        <source>There is no staff member with staff number %1.</source>
        <translation>工号为 %1 的工作人员不存在。</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;.</source>
        <translation>未知角色“%1”。</translation>
    </message>
    <message>
        <source>The staff number may have 1 to 32 letters, digits, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>工号须为1至32位，只能包含字母、数字、“-”或“_”。</translation>
    </message>
    <message>
        <source>The name needs 1 to 50 characters.</source>
        <translation>姓名须为1至50个字符。</translation>
    </message>
    <message>
        <source>The name may not contain control characters.</source>
        <translation>姓名不能包含控制字符。</translation>
    </message>
    <message>
        <source>Give the account at least one role.</source>
        <translation>请为账号至少分配一个角色。</translation>
    </message>
    <message>
        <source>The staff number %1 is already taken.</source>
        <translation>工号 %1 已被使用。</translation>
    </message>
    <message>
        <source>%1 is the last active administrator; keep their Administrator role and keep the account active.</source>
        <translation>工号 %1 是最后一个启用中的系统管理员账号，请保留其系统管理员角色并保持账号启用。</translation>
    </message>
</context>
<context>
    <name>yc::StaffTab</name>
    <message>
        <source>Staff number</source>
        <translation>工号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>所属部门</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>新增…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>重置密码…</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>New password for %1 (%2). They must change it at the next sign-in.</source>
        <translation>请输入 %1（工号 %2）的新密码。该人员下次登录时须修改密码。</translation>
    </message>
</context>
</TS>
