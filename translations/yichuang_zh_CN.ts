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
        <translation>事项目录 (*.json)</translation>
    </message>
    <message>
        <source>Working-day calendar</source>
        <translation>工作日历</translation>
    </message>
</context>
<context>
    <name>yc::ApplicantForm</name>
    <message>
        <source>Natural person</source>
        <translation>自然人</translation>
    </message>
    <message>
        <source>Legal person</source>
        <translation>法人</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>Applicant type</source>
        <translation>申请人类型</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>证件类型</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名（名称）</translation>
    </message>
    <message>
        <source>Mobile or phone</source>
        <translation>手机或电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Resident ID card</source>
        <translation>居民身份证</translation>
    </message>
    <message>
        <source>Residence permit for Hong Kong, Macao and Taiwan residents</source>
        <translation>港澳台居民居住证</translation>
    </message>
    <message>
        <source>Foreign permanent resident ID card</source>
        <translation>外国人永久居留身份证</translation>
    </message>
    <message>
        <source>Household register</source>
        <translation>户口簿</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>护照</translation>
    </message>
    <message>
        <source>Other document</source>
        <translation>其他证件</translation>
    </message>
    <message>
        <source>Full registered name</source>
        <translation>登记注册的完整名称</translation>
    </message>
    <message>
        <source>The number is valid.</source>
        <translation>号码校验通过。</translation>
    </message>
</context>
<context>
    <name>yc::AttachmentCheck</name>
    <message>
        <source>The file is empty. Scan or choose it again.</source>
        <translation>文件为空，请重新扫描或重新选择文件。</translation>
    </message>
    <message>
        <source>The material is %1; at most %2 can be attached. Scan it at a lower resolution or in black and white, or split it into several materials.</source>
        <translation>该材料大小为%1，超过了%2的上限。请降低分辨率或改用黑白模式重新扫描，或将其拆分为多份材料。</translation>
    </message>
    <message>
        <source>The picture is cut off (the JPEG file has no end). Scan it again or copy the file again from its source.</source>
        <translation>图片不完整（JPEG 文件缺少结束标记）。请重新扫描，或从原始位置重新复制该文件。</translation>
    </message>
    <message>
        <source>This file is not a JPEG or PNG picture. Attach pictures, or PDF documents.</source>
        <translation>该文件不是 JPEG 或 PNG 图片。请添加图片或 PDF 文档。</translation>
    </message>
    <message>
        <source>The picture is damaged and cannot be read. Scan it again.</source>
        <translation>图片已损坏，无法读取，请重新扫描。</translation>
    </message>
    <message>
        <source>The picture has %1 × %2 pixels, more than can be attached. Scan it at a lower resolution.</source>
        <translation>图片尺寸为%1 × %2像素，超出可添加的上限，请降低分辨率重新扫描。</translation>
    </message>
    <message>
        <source>The picture is damaged and cannot be read (%1). Scan it again.</source>
        <translation>图片已损坏，无法读取（%1），请重新扫描。</translation>
    </message>
    <message>
        <source>The PDF document is damaged or cut off and cannot be attached. Copy it again from its source.</source>
        <translation>PDF 文档已损坏或不完整，无法添加。请从原始位置重新复制该文件。</translation>
    </message>
    <message>
        <source>This file is not a PDF document.</source>
        <translation>该文件不是 PDF 文档。</translation>
    </message>
    <message>
        <source>The PDF document could not be checked: no room for a temporary copy.</source>
        <translation>无法检查该 PDF 文档：没有足够的空间存放临时副本。</translation>
    </message>
    <message>
        <source>The PDF document is protected by a password. Ask the applicant for a copy without a password, or scan the paper.</source>
        <translation>该 PDF 文档设有密码保护。请向申请人索取无密码的版本，或扫描纸质材料。</translation>
    </message>
</context>
<context>
    <name>yc::AttachmentStore</name>
    <message>
        <source>The material could not be saved in %1. Check that the disk has room and the folder can be written, then save again.</source>
        <translation>无法将材料保存到 %1。请检查磁盘空间是否充足、该文件夹是否可写，然后重新保存。</translation>
    </message>
    <message>
        <source>The stored file of this material is missing. Capture the material again.</source>
        <translation>该材料的存储文件已丢失，请重新采集该材料。</translation>
    </message>
    <message>
        <source>This case has no such material. Reopen the case and choose the material again.</source>
        <translation>该办件中没有此项材料。请重新打开办件，再重新选择材料。</translation>
    </message>
    <message>
        <source>The material was not saved correctly (the copy on disk differs). Check the disk, then save again.</source>
        <translation>材料未能正确保存（磁盘上的副本与原文件不一致）。请检查磁盘后重新保存。</translation>
    </message>
    <message>
        <source>This material file no longer exists.</source>
        <translation>该材料文件已不存在。</translation>
    </message>
    <message>
        <source>The stored file of this material does not match what was attached. Capture the material again and tell the administrator.</source>
        <translation>该材料的存储文件与添加时的文件不一致。请重新采集该材料，并告知系统管理员。</translation>
    </message>
</context>
<context>
    <name>yc::BadReviewOrders</name>
    <message>
        <source>Write what was found, said or done (at most 500 characters).</source>
        <translation>请填写核实情况、沟通内容或处理措施（最多500个字符）。</translation>
    </message>
    <message>
        <source>Only a supervisor decides an appeal.</source>
        <translation>只有大厅管理人员才能对申诉作出决定。</translation>
    </message>
    <message>
        <source>There is no such work order.</source>
        <translation>该工单不存在。</translation>
    </message>
    <message>
        <source>The work order is closed.</source>
        <translation>该工单已关闭。</translation>
    </message>
    <message>
        <source>The appeal is waiting for a supervisor&apos;s decision.</source>
        <translation>申诉正等待大厅管理人员作出决定。</translation>
    </message>
    <message>
        <source>Record the rectification or the explanation before the feedback to the citizen.</source>
        <translation>请先登记整改情况或解释说明，再向群众反馈。</translation>
    </message>
    <message>
        <source>This review has already been appealed.</source>
        <translation>该差评已提出过申诉。</translation>
    </message>
    <message>
        <source>There is no appeal to decide.</source>
        <translation>没有待决定的申诉。</translation>
    </message>
</context>
<context>
    <name>yc::BadReviewsPage</name>
    <message>
        <source>Case or ticket</source>
        <translation>办件或票号</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>What the citizen said</source>
        <translation>群众意见</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Close by</source>
        <translation>办结期限</translation>
    </message>
    <message>
        <source>Verified (核实)</source>
        <translation>核实</translation>
    </message>
    <message>
        <source>Called the citizen back (回访)</source>
        <translation>回访群众</translation>
    </message>
    <message>
        <source>Rectified (整改)</source>
        <translation>整改</translation>
    </message>
    <message>
        <source>Explained (解释说明)</source>
        <translation>解释说明</translation>
    </message>
    <message>
        <source>Fed back to the citizen — closes (反馈)</source>
        <translation>反馈群众（办结工单）</translation>
    </message>
    <message>
        <source>Appeal: mistaken or malicious review (申诉)</source>
        <translation>申诉（误评、恶意差评）</translation>
    </message>
    <message>
        <source>Appeal upheld (supervisor)</source>
        <translation>申诉成立（大厅管理人员）</translation>
    </message>
    <message>
        <source>Appeal rejected (supervisor)</source>
        <translation>申诉不成立（大厅管理人员）</translation>
    </message>
    <message>
        <source>What was found, said or done</source>
        <translation>核实情况、沟通内容或整改措施</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Show closed orders</source>
        <translation>显示已办结工单</translation>
    </message>
    <message>
        <source>Steps so far:</source>
        <translation>处理记录：</translation>
    </message>
    <message>
        <source>open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>called back</source>
        <translation>已回访</translation>
    </message>
    <message>
        <source>being rectified</source>
        <translation>整改中</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>appeal waiting for decision</source>
        <translation>申诉待复核</translation>
    </message>
    <message>
        <source>appeal upheld</source>
        <translation>申诉成立</translation>
    </message>
    <message>
        <source>appeal rejected</source>
        <translation>申诉不成立</translation>
    </message>
    <message>
        <source>Very dissatisfied</source>
        <translation>非常不满意</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source> · escalated</source>
        <translation> · 已督办</translation>
    </message>
    <message>
        <source>Past its deadline</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>No work orders.</source>
        <translation>没有差评工单。</translation>
    </message>
    <message>
        <source>No open work orders.</source>
        <translation>没有待处理的差评工单。</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>尚无处理记录。</translation>
    </message>
    <message>
        <source>Choose a work order first.</source>
        <translation>请先选择一个工单。</translation>
    </message>
    <message>
        <source>Recorded.</source>
        <translation>已记录。</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>核实</translation>
    </message>
    <message>
        <source>rectified</source>
        <translation>整改</translation>
    </message>
    <message>
        <source>explained</source>
        <translation>解释说明</translation>
    </message>
    <message>
        <source>fed back</source>
        <translation>反馈群众</translation>
    </message>
    <message>
        <source>appealed</source>
        <translation>申诉</translation>
    </message>
    <message>
        <source>appeal decided</source>
        <translation>申诉复核</translation>
    </message>
    <message>
        <source>escalated to the supervisor</source>
        <translation>超期督办</translation>
    </message>
</context>
<context>
    <name>yc::CalendarRepository</name>
    <message>
        <source>The calendar file is not a JSON object (%1 at offset %2).</source>
        <translation>日历文件不是有效的 JSON 对象（偏移量 %2 处：%1）。</translation>
    </message>
    <message>
        <source>This is not a calendar file of version 1 (format &quot;yichuang-calendar&quot;).</source>
        <translation>该文件不是版本 1 的日历文件（格式应为“yichuang-calendar”）。</translation>
    </message>
    <message>
        <source>The calendar file has no &quot;years&quot; object.</source>
        <translation>日历文件中缺少“years”对象。</translation>
    </message>
    <message>
        <source>%1: a four-digit year with a &quot;days&quot; list is expected</source>
        <translation>%1：应为四位数年份，且包含“days”列表</translation>
    </message>
    <message>
        <source>%1: &quot;date&quot; must be a real date of %2 as yyyy-MM-dd</source>
        <translation>%1：“date”必须为%2年内的有效日期，格式为 yyyy-MM-dd</translation>
    </message>
    <message>
        <source>%1: &quot;kind&quot; must be &quot;holiday&quot; or &quot;workday&quot;</source>
        <translation>%1：“kind”必须为“holiday”或“workday”</translation>
    </message>
    <message>
        <source>%1: %2 is a weekday; only a Saturday or Sunday can be a make-up working day</source>
        <translation>%1：%2 为周一至周五，只有周六或周日才能设为调休上班日</translation>
    </message>
    <message>
        <source>%1: &quot;name&quot; must have at most %2 characters and no control characters</source>
        <translation>%1：“name”最多为%2个字符，且不能包含控制字符</translation>
    </message>
    <message>
        <source>%1: %2 is listed twice</source>
        <translation>%1：%2 重复出现</translation>
    </message>
    <message>
        <source>The calendar file has problems:
%1</source>
        <translation>日历文件存在以下问题：
%1</translation>
    </message>
    <message>
        <source>The built-in holiday calendar is missing from this program.</source>
        <translation>本程序缺少内置的节假日日历。</translation>
    </message>
    <message>
        <source>Choose a valid date.</source>
        <translation>请选择有效的日期。</translation>
    </message>
    <message>
        <source>A day can be made a holiday, a working day or a normal day, not &quot;%1&quot;.</source>
        <translation>日期只能设为节假日、工作日或普通日，不能设为“%1”。</translation>
    </message>
    <message>
        <source>%1 is a weekday and already a working day; only a Saturday or Sunday can be made a working day.</source>
        <translation>%1 为周一至周五，本来就是工作日；只有周六或周日才能设为调休上班日。</translation>
    </message>
    <message>
        <source>The name of the day may have at most %1 characters and no control characters.</source>
        <translation>该日的名称最多为%1个字符，且不能包含控制字符。</translation>
    </message>
</context>
<context>
    <name>yc::CalendarTab</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Holiday (no work)</source>
        <translation>节假日（休息）</translation>
    </message>
    <message>
        <source>Working day on a weekend (调休)</source>
        <translation>调休上班日（周末上班）</translation>
    </message>
    <message>
        <source>Normal day (remove the exception)</source>
        <translation>普通日（取消调整）</translation>
    </message>
    <message>
        <source>e.g. 国庆节</source>
        <translation>如：国庆节</translation>
    </message>
    <message>
        <source>Save day</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Weekends are days off and Monday to Friday working days unless listed here. Due dates of new cases use the calendar at once; cases already accepted keep their date.</source>
        <translation>除此处列出的日期外，周一至周五为工作日，周六、周日为休息日。新受理办件的承诺办结日期立即按此日历计算，已受理的办件保持原日期。</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>节假日</translation>
    </message>
    <message>
        <source>Working day (调休)</source>
        <translation>调休上班日</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>yc::CallingPanel</name>
    <message>
        <source>Offline – reconnecting to the hall</source>
        <translation>已断开，正在重新连接大厅服务</translation>
    </message>
    <message>
        <source>Connecting to the hall…</source>
        <translation>正在连接大厅服务…</translation>
    </message>
    <message>
        <source>Signed out of the hall – sign in again</source>
        <translation>已退出大厅服务，请重新登录</translation>
    </message>
    <message>
        <source>Connected to the hall</source>
        <translation>已连接大厅服务</translation>
    </message>
    <message>
        <source>Window %1</source>
        <translation>%1号窗口</translation>
    </message>
    <message>
        <source>Call next (F2)</source>
        <translation>叫号 (F2)</translation>
    </message>
    <message>
        <source>Recall (F3)</source>
        <translation>重呼 (F3)</translation>
    </message>
    <message>
        <source>No-show (F4)</source>
        <translation>过号 (F4)</translation>
    </message>
    <message>
        <source>Transfer… (F6)</source>
        <translation>转移… (F6)</translation>
    </message>
    <message>
        <source>Hold (F7)</source>
        <translation>挂起 (F7)</translation>
    </message>
    <message>
        <source>Finish (F8)</source>
        <translation>办结 (F8)</translation>
    </message>
    <message>
        <source>Pause window… (F9)</source>
        <translation>暂停服务… (F9)</translation>
    </message>
    <message>
        <source>Start intake</source>
        <translation>开始受理</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>票号</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>业务类型</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先</translation>
    </message>
    <message>
        <source>Waited</source>
        <translation>已等候</translation>
    </message>
    <message>
        <source>This window is paused. Press F9 to open it again.</source>
        <translation>本窗口已暂停服务，按 F9 恢复。</translation>
    </message>
    <message>
        <source>This window is paused: %1. Press F9 to open it again.</source>
        <translation>本窗口已暂停服务：%1。按 F9 恢复。</translation>
    </message>
    <message>
        <source>Resume window (F9)</source>
        <translation>恢复服务 (F9)</translation>
    </message>
    <message>
        <source>No ticket at this window. Press F2 to call the next citizen.</source>
        <translation>本窗口暂无票号，按 F2 呼叫下一位。</translation>
    </message>
    <message numerus="yes">
        <source>%1 · recalled %n time(s)</source>
        <translation>
            <numerusform>%1 · 已重呼 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation>优先：%1</translation>
    </message>
    <message numerus="yes">
        <source>Waited %n minute(s) since the ticket was issued</source>
        <translation>
            <numerusform>取号后已等候 %n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>Citizen: %1</source>
        <translation>办事群众：%1</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>已挂起</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n 人等候</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting, %1 on hold here</source>
        <translation>
            <numerusform>%n 人等候，本窗口挂起 %1 人</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume (F7)</source>
        <translation>恢复办理 (F7)</translation>
    </message>
    <message>
        <source>Recalled too often: the ticket is now a no-show. The citizen can be put back in the queue if they come back in time.</source>
        <translation>重呼次数已达上限，该票号已过号。群众在规定时间内返回的，可重新排队。</translation>
    </message>
    <message>
        <source>No ticket is open at this window, so there is nothing to finish.</source>
        <translation>本窗口没有正在办理的票号，无需办结。</translation>
    </message>
    <message>
        <source>Pause window %1</source>
        <translation>%1号窗口暂停服务</translation>
    </message>
    <message>
        <source>Why is the window pausing? (e.g. break, meeting, system fault)</source>
        <translation>暂停原因（如休息、开会、系统故障）：</translation>
    </message>
    <message>
        <source>Give a reason to pause the window; the supervisor sees it.</source>
        <translation>请填写暂停原因，大厅管理人员可以看到。</translation>
    </message>
    <message>
        <source>Help with the process… (F10)</source>
        <translation>帮办代办… (F10)</translation>
    </message>
</context>
<context>
    <name>yc::CameraPreview</name>
    <message>
        <source>Waiting for the camera picture…</source>
        <translation>正在等待高拍仪画面…</translation>
    </message>
</context>
<context>
    <name>yc::CaseDocumentSource</name>
    <message>
        <source>This case has no document to print.</source>
        <translation>该办件没有可打印的文书。</translation>
    </message>
    <message>
        <source>This kind of document cannot be printed yet.</source>
        <translation>暂不支持打印此类文书。</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2, %n copy(ies)</source>
        <translation>
            <numerusform>%1，%2，%n份</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Received, %n copy(ies)</source>
        <translation>
            <numerusform>已收取%n份</numerusform>
        </translation>
    </message>
    <message>
        <source>Not needed: electronic licence %1</source>
        <translation>免提交（电子证照：%1）</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺少</translation>
    </message>
    <message>
        <source>Follows later</source>
        <translation>容缺后补</translation>
    </message>
    <message>
        <source>By mail</source>
        <translation>邮寄送达</translation>
    </message>
    <message>
        <source>Handed out at the window</source>
        <translation>窗口领取</translation>
    </message>
</context>
<context>
    <name>yc::CaseFollowUp</name>
    <message>
        <source>The case does not exist.</source>
        <translation>该办件不存在。</translation>
    </message>
    <message>
        <source>Say what was handed over (at most 500 characters) and to whom (at most 100).</source>
        <translation>请填写移交的材料（不超过500个字符）和接收人（不超过100个字符）。</translation>
    </message>
    <message>
        <source>Only an accepted case goes to the back office.</source>
        <translation>只有已受理的办件才能移交后台办理。</translation>
    </message>
    <message>
        <source>The result is not valid.</source>
        <translation>办理结果无效。</translation>
    </message>
    <message>
        <source>Name the certificate that was issued.</source>
        <translation>请填写核发的证照名称。</translation>
    </message>
    <message>
        <source>Only a case in progress can be finished.</source>
        <translation>只有在办的办件才能办结。</translation>
    </message>
    <message>
        <source>Materials accepted on commitment are still missing; record them first.</source>
        <translation>容缺后补的材料尚未补齐，请先登记补交。</translation>
    </message>
    <message>
        <source>Hand the result out at the window or send it by mail.</source>
        <translation>请选择窗口领取或邮寄送达。</translation>
    </message>
    <message>
        <source>Enter the mail tracking number.</source>
        <translation>请填写邮件单号。</translation>
    </message>
    <message>
        <source>The recipient or the tracking number is not valid.</source>
        <translation>领取人或邮件单号无效。</translation>
    </message>
    <message>
        <source>Only a finished case can be handed out.</source>
        <translation>只有已办结的办件才能出件。</translation>
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
    <message>
        <source>Help</source>
        <translation>帮办代办</translation>
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
    <message>
        <source>Case number, matter or applicant</source>
        <translation>办件编号、事项或申请人</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>全部办件</translation>
    </message>
    <message>
        <source>Open (accepted, awaiting materials, special procedure)</source>
        <translation>在办（已受理、补齐补正、特别程序）</translation>
    </message>
    <message>
        <source>No case matches.</source>
        <translation>没有符合条件的办件。</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) found</source>
        <translation>
            <numerusform>找到%n件办件</numerusform>
        </translation>
    </message>
    <message>
        <source>Hand over…</source>
        <translation>物料流转…</translation>
    </message>
    <message>
        <source>Record result…</source>
        <translation>登记办结…</translation>
    </message>
    <message>
        <source>Hand out…</source>
        <translation>出件…</translation>
    </message>
    <message>
        <source>Print document…</source>
        <translation>打印文书…</translation>
    </message>
    <message>
        <source>Document as PDF…</source>
        <translation>文书另存为PDF…</translation>
    </message>
    <message>
        <source>The hand-over is recorded.</source>
        <translation>物料流转已登记。</translation>
    </message>
    <message>
        <source>The case is finished and can be handed out.</source>
        <translation>办件已办结，可以出件。</translation>
    </message>
    <message>
        <source>Handed out; delivery receipt %1. Print it for the signature.</source>
        <translation>已出件，送达回执 %1，请打印后由领取人签收。</translation>
    </message>
    <message>
        <source>Printed %1.</source>
        <translation>已打印 %1。</translation>
    </message>
    <message>
        <source>Save the document as PDF</source>
        <translation>将文书另存为PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>Material supplied…</source>
        <translation>补交材料…</translation>
    </message>
    <message>
        <source>Nothing is outstanding for this case.</source>
        <translation>该办件没有待补交的材料。</translation>
    </message>
    <message>
        <source>Material supplied</source>
        <translation>补交材料</translation>
    </message>
    <message>
        <source>Which material did the applicant bring?</source>
        <translation>申请人补交的是哪项材料？</translation>
    </message>
    <message>
        <source>Recorded: %1 was supplied.</source>
        <translation>已登记：%1 已补交。</translation>
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
    <name>yc::ClientServices</name>
    <message>
        <source>Hall</source>
        <translation>大厅</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>connected, not signed in</source>
        <translation>已连接，未登录</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>not connected; retrying</source>
        <translation>未连接，正在重试</translation>
    </message>
    <message>
        <source>Province platform</source>
        <translation>省级平台</translation>
    </message>
    <message>
        <source>%1 waiting, %2 sent today, %3 refused</source>
        <translation>待上报 %1 条，今日已上报 %2 条，被拒收 %3 条</translation>
    </message>
    <message>
        <source>ID card reader</source>
        <translation>身份证读卡器</translation>
    </message>
    <message>
        <source>used on the intake screen</source>
        <translation>在综合受理界面使用</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>扫描仪</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>未发现</translation>
    </message>
    <message>
        <source>not available on this system yet</source>
        <translation>本系统暂不支持</translation>
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
    <message>
        <source>Ticket kiosk</source>
        <translation>大厅取号机</translation>
    </message>
    <message>
        <source>Assist</source>
        <translation>帮办</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>代办</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>上门办</translation>
    </message>
    <message>
        <source>Older person</source>
        <translation>老年人</translation>
    </message>
    <message>
        <source>Person with a disability</source>
        <translation>残疾人</translation>
    </message>
    <message>
        <source>Pregnant woman</source>
        <translation>孕妇</translation>
    </message>
    <message>
        <source>Limited mobility</source>
        <translation>行动不便</translation>
    </message>
    <message>
        <source>Starting an enterprise</source>
        <translation>企业开办</translation>
    </message>
    <message>
        <source>Changing an enterprise&apos;s registration</source>
        <translation>企业变更</translation>
    </message>
    <message>
        <source>Closing an enterprise</source>
        <translation>企业注销</translation>
    </message>
    <message>
        <source>Key project</source>
        <translation>重点项目</translation>
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
    <name>yc::DeadLetters</name>
    <message>
        <source>This event is no longer waiting for a correction.</source>
        <translation>该数据已不在待更正状态。</translation>
    </message>
    <message>
        <source>Only an administrator can send a refused event again.</source>
        <translation>只有系统管理员可以重新上报被拒收的数据。</translation>
    </message>
    <message>
        <source>The corrected event is not valid JSON: %1 (at character %2).</source>
        <translation>更正后的数据不是有效的 JSON：%1（第 %2 个字符处）。</translation>
    </message>
    <message>
        <source>Correct the data only; &quot;%1&quot; must stay as it was.</source>
        <translation>只能更正业务数据，“%1”必须保持不变。</translation>
    </message>
</context>
<context>
    <name>yc::DefaultCaseNumbers</name>
    <message>
        <source>Case numbers need a window number from 1 to 99; this PC is set to window %1.</source>
        <translation>生成办件编号要求窗口号在1至99之间，本机设置的窗口号为%1。</translation>
    </message>
    <message>
        <source>Window %1 has numbered 99 cases of this matter today, the most the case number allows. Take the case at another window.</source>
        <translation>%1号窗口今日已为该事项编号99件，达到办件编号的上限，请到其他窗口受理。</translation>
    </message>
</context>
<context>
    <name>yc::DeficiencyDialog</name>
    <message>
        <source>Accept on commitment (容缺受理)</source>
        <translation>容缺受理</translation>
    </message>
    <message>
        <source>I undertake to supply the missing materials by the date above. If I do not, the case is terminated and I bear the consequences.</source>
        <translation>本人承诺于上述期限前补齐所缺材料；逾期未补齐的，终止办理，由此产生的后果由本人承担。</translation>
    </message>
    <message>
        <source>All materials by</source>
        <translation>补齐期限</translation>
    </message>
    <message>
        <source>Applicant&apos;s commitment</source>
        <translation>申请人承诺</translation>
    </message>
    <message>
        <source>The notice is printed in two copies: one for the applicant, one for the file.</source>
        <translation>通知书一式两联：一联由申请人留存，一联存档。</translation>
    </message>
</context>
<context>
    <name>yc::DeliveryDialog</name>
    <message>
        <source>Hand out the result</source>
        <translation>出件</translation>
    </message>
    <message>
        <source>At the window</source>
        <translation>窗口领取</translation>
    </message>
    <message>
        <source>By mail</source>
        <translation>邮寄送达</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>邮件单号</translation>
    </message>
    <message>
        <source>How</source>
        <translation>出件方式</translation>
    </message>
    <message>
        <source>Taken by / addressee</source>
        <translation>领取人／收件人</translation>
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
    <name>yc::DocumentRenderer</name>
    <message>
        <source>____-__-__</source>
        <extracomment>A date to be filled in by hand; zh_CN: ideographic spaces (U+3000) before 年, 月 and 日</extracomment>
        <translation>&#x3000;&#x3000;&#x3000;&#x3000;年&#x3000;&#x3000;月&#x3000;&#x3000;日</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>Case information</source>
        <translation>办件信息</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>材料名称</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>要求</translation>
    </message>
    <message>
        <source>Supply by</source>
        <translation>补正期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>代理人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>事项名称</translation>
    </message>
    <message>
        <source>Task code</source>
        <translation>实施编码</translation>
    </message>
    <message>
        <source>Case type</source>
        <translation>办件类型</translation>
    </message>
    <message>
        <source>Project no.</source>
        <translation>办件编号</translation>
    </message>
    <message>
        <source>Applied at</source>
        <translation>申请时间</translation>
    </message>
    <message>
        <source>The promised time limit is %1; the matter is expected to be completed by %2.</source>
        <translation>承诺办结时限为%1，预计于%2前办结。</translation>
    </message>
    <message>
        <source>The promised time limit is %1.</source>
        <translation>承诺办结时限为%1。</translation>
    </message>
    <message>
        <source>The matter is expected to be completed by %1.</source>
        <translation>预计于%1前办结。</translation>
    </message>
    <message>
        <source>Received by (signature):</source>
        <translation>申请人签收：</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>日期：</translation>
    </message>
    <message>
        <source>You (your organisation) applied for %2 on %1. After review, the application materials are complete and in the statutory form; the application is accepted.</source>
        <translation>你（单位）于%1提出的%2申请，经审查，申请材料齐全、符合法定形式，决定予以受理。</translation>
    </message>
    <message>
        <source>Please keep this notice. You can follow the progress with the project number and query password, or by scanning the QR code.</source>
        <translation>请妥善保管本通知书，可凭办件编号和查询密码或者扫描二维码查询办理进度。</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Accepted at</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>承诺时限</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>预计办结日期</translation>
    </message>
    <message>
        <source>Materials received</source>
        <translation>已收取材料</translation>
    </message>
    <message>
        <source>Materials still missing</source>
        <translation>尚缺材料</translation>
    </message>
    <message>
        <source>You (your organisation) applied for %2 on %1. After review, the application materials are incomplete or not in the statutory form. Everything to be supplemented or corrected is listed below, all at once:</source>
        <translation>你（单位）于%1提出的%2申请，经审查，申请材料不齐全或者不符合法定形式，现将需要补正的全部内容一次性告知如下：</translation>
    </message>
    <message>
        <source>Materials to supplement or correct</source>
        <translation>需补正材料</translation>
    </message>
    <message>
        <source>Please supplement or correct all of the above by %1 and submit the application again.</source>
        <translation>请于%1前按上述要求补正全部材料后重新提交申请。</translation>
    </message>
    <message>
        <source>Please supplement or correct all of the above and submit the application again.</source>
        <translation>请按上述要求补正全部材料后重新提交申请。</translation>
    </message>
    <message>
        <source>This is a one-time notice: apart from the items above, no further material will be asked for.</source>
        <translation>本告知书为一次性告知，除上述所列内容外，不再要求补正其他材料。</translation>
    </message>
    <message>
        <source>You (your organisation) applied for %2 on %1. After review, the basic conditions are met and the main materials are complete and in the statutory form; under the rules on acceptance with deficiencies, the application is accepted.</source>
        <translation>你（单位）于%1提出的%2申请，经审查，基本条件具备、主要申请材料齐全且符合法定形式，根据容缺受理有关规定，决定予以容缺受理。</translation>
    </message>
    <message>
        <source>Materials to supply later</source>
        <translation>容缺后补材料</translation>
    </message>
    <message>
        <source>Please supply the materials above by %1.</source>
        <translation>请于%1前补齐补正上述材料。</translation>
    </message>
    <message>
        <source>Please supply the materials above by the dates given.</source>
        <translation>请在上表所列期限内补齐补正上述材料。</translation>
    </message>
    <message>
        <source>If the materials are not supplied in time or do not meet the requirements, the processing of the matter is terminated and the applicant bears the consequences.</source>
        <translation>逾期未补齐补正或者补正材料不符合要求的，终止办理，由此产生的后果由申请人承担。</translation>
    </message>
    <message>
        <source>Committed by (signature):</source>
        <translation>承诺人（签名）：</translation>
    </message>
    <message>
        <source>You (your organisation) applied for %2 on %1. After review, it is decided not to accept the application.</source>
        <translation>你（单位）于%1提出的%2申请，经审查，决定不予受理。</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>不予受理理由：%1</translation>
    </message>
    <message>
        <source>Please apply to the competent agency: %1.</source>
        <translation>请向%1提出申请。</translation>
    </message>
    <message>
        <source>If you disagree with this decision, you may apply for administrative reconsideration within sixty days of receiving this notice, or bring an administrative lawsuit before a people&apos;s court within six months.</source>
        <translation>如对本决定不服，可以自收到本通知书之日起六十日内依法申请行政复议，或者在六个月内依法向人民法院提起行政诉讼。</translation>
    </message>
    <message>
        <source>Materials submitted</source>
        <translation>已提交材料</translation>
    </message>
    <message>
        <source>Your application for %1 has been dealt with; the result is hereby delivered to you.</source>
        <translation>你（单位）申请的%1已办理完毕，现将办理结果予以送达。</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>受送达人</translation>
    </message>
    <message>
        <source>Delivery method</source>
        <translation>送达方式</translation>
    </message>
    <message>
        <source>Tracking no.</source>
        <translation>邮件单号</translation>
    </message>
    <message>
        <source>Delivered at</source>
        <translation>送达时间</translation>
    </message>
    <message>
        <source>Documents and results delivered</source>
        <translation>送达文书及材料</translation>
    </message>
    <message>
        <source>Applicant&apos;s commitment</source>
        <translation>申请人承诺</translation>
    </message>
    <message>
        <source>(seal)</source>
        <translation>（盖章）</translation>
    </message>
    <message>
        <source>%1 (seal)</source>
        <translation>%1（盖章）</translation>
    </message>
    <message>
        <source>Served by (signature)</source>
        <translation>送达人签名</translation>
    </message>
    <message>
        <source>Recipient (signature)</source>
        <translation>受送达人签收</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <extracomment>Date format on printed documents (QDate::toString pattern); zh_CN: yyyy年M月d日</extracomment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <extracomment>Date and time format on printed documents; zh_CN: yyyy年M月d日 HH:mm</extracomment>
        <translation>yyyy年M月d日 HH:mm</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1（续）</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>地址：%1</translation>
    </message>
    <message>
        <source>Window: %1</source>
        <translation>窗口：%1号</translation>
    </message>
    <message>
        <source>Clerk: %1</source>
        <translation>经办人：%1</translation>
    </message>
    <message>
        <source>Tel.: %1</source>
        <translation>联系电话：%1</translation>
    </message>
    <message>
        <source>Scan to follow the progress</source>
        <translation>扫码查询办件进度</translation>
    </message>
    <message>
        <source>Query password: %1</source>
        <translation>查询密码：%1</translation>
    </message>
    <message>
        <source>Project no.: %1</source>
        <translation>办件编号：%1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第%1页 共%2页</translation>
    </message>
    <message>
        <source>Notice of Acceptance</source>
        <translation>受理通知书</translation>
    </message>
    <message>
        <source>One-Time Notice of Materials to Supplement</source>
        <translation>一次性告知书</translation>
    </message>
    <message>
        <source>Notice of Acceptance with Deficiencies</source>
        <translation>容缺受理通知书</translation>
    </message>
    <message>
        <source>Notice of Non-Acceptance</source>
        <translation>不予受理通知书</translation>
    </message>
    <message>
        <source>Proof of Delivery</source>
        <translation>送达回执</translation>
    </message>
    <message>
        <source>Copy 1 (kept by the applicant)</source>
        <translation>第一联（申请人留存）</translation>
    </message>
    <message>
        <source>Copy 2 (filed)</source>
        <translation>第二联（存档）</translation>
    </message>
    <message>
        <source>The document could not be rendered.</source>
        <translation>无法生成文书。</translation>
    </message>
    <message>
        <source>Cannot write the document to %1: %2</source>
        <translation>无法将文书写入 %1：%2</translation>
    </message>
    <message>
        <source>The printer %1 is not available.</source>
        <translation>打印机 %1 不可用。</translation>
    </message>
    <message>
        <source>Printing failed.</source>
        <translation>打印失败。</translation>
    </message>
    <message>
        <source>Scan to rate this service</source>
        <translation>扫码评价本次服务</translation>
    </message>
</context>
<context>
    <name>yc::EvaluationInvites</name>
    <message>
        <source>This evaluation link is not valid. Scan the QR code on your receipt or ticket again.</source>
        <translation>评价链接无效，请重新扫描受理凭证或号票上的二维码。</translation>
    </message>
    <message>
        <source>An evaluation invitation needs a window or a ticket, a case number of at most 64 characters, a service name of at most 200, and 1 to 30 days.</source>
        <translation>评价邀请须包含窗口或票号、不超过64个字符的办件编号、不超过200个字符的服务名称，有效期为1至30天。</translation>
    </message>
    <message>
        <source>The time for this evaluation has passed.</source>
        <translation>已超过本次评价的期限。</translation>
    </message>
    <message>
        <source>Choose one of the five levels.</source>
        <translation>请从五个评价等级中选择一个。</translation>
    </message>
    <message>
        <source>Service efficiency, service level and attitude are rated from 1 to 5.</source>
        <translation>服务效率、服务水平和服务态度的评分须为1至5分。</translation>
    </message>
    <message>
        <source>The comment can have at most 500 characters and no control characters.</source>
        <translation>评价内容最多为500个字符，且不能包含控制字符。</translation>
    </message>
    <message>
        <source>Please tell us what was not satisfactory, so that it can be put right.</source>
        <translation>请告诉我们您不满意的地方，以便我们及时整改。</translation>
    </message>
    <message>
        <source>You can evaluate once your business at the window is finished.</source>
        <translation>在窗口办完业务后即可评价。</translation>
    </message>
    <message>
        <source>This service has been evaluated and followed up already; it cannot be evaluated again.</source>
        <translation>该服务已评价并已追加评价，不能再次评价。</translation>
    </message>
    <message>
        <source>Say what became of the evaluation.</source>
        <translation>请说明该评价的处理结果。</translation>
    </message>
    <message>
        <source>There is no such evaluation waiting for this window.</source>
        <translation>本窗口没有待处理的该条评价。</translation>
    </message>
</context>
<context>
    <name>yc::EvaluationOps</name>
    <message>
        <source>&quot;ticketId&quot; must be a positive whole number.</source>
        <translation>“ticketId”必须为正整数。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be text.</source>
        <translation>“%1”必须为文本。</translation>
    </message>
    <message>
        <source>Sign in at a window to invite an evaluation of a case.</source>
        <translation>请先在窗口登录，再邀请群众评价办件。</translation>
    </message>
    <message>
        <source>The request needs &quot;answerId&quot; and &quot;result&quot;.</source>
        <translation>请求须包含“answerId”和“result”。</translation>
    </message>
</context>
<context>
    <name>yc::EvaluationPrompt</name>
    <message>
        <source>Ticket %1</source>
        <translation>票号 %1</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>办件 %1</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>评价</translation>
    </message>
    <message>
        <source>No citizen screen: ask the citizen to rate the service with the QR code on the receipt or ticket slip</source>
        <translation>无评价屏：请群众扫描受理凭证或号票上的二维码评价本次服务</translation>
    </message>
    <message>
        <source>This service has already been evaluated. Thank you!</source>
        <translation>本次服务已评价，谢谢！</translation>
    </message>
    <message>
        <source>Your evaluation could not be saved. Please tell the clerk.</source>
        <translation>评价未能保存，请告知工作人员。</translation>
    </message>
</context>
<context>
    <name>yc::EvaluationScreen</name>
    <message>
        <source>Service evaluation</source>
        <translation>服务评价</translation>
    </message>
    <message>
        <source>Service attitude</source>
        <translation>服务态度</translation>
    </message>
    <message>
        <source>Waiting time</source>
        <translation>等候时间</translation>
    </message>
    <message>
        <source>Efficiency</source>
        <translation>办事效率</translation>
    </message>
    <message>
        <source>Materials asked for</source>
        <translation>材料要求</translation>
    </message>
    <message>
        <source>Policy or rules</source>
        <translation>政策规定</translation>
    </message>
    <message>
        <source>Not explained clearly</source>
        <translation>解释不清楚</translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation>设施环境</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>欢迎</translation>
    </message>
    <message>
        <source>How satisfied are you with this service?</source>
        <translation>您对本次服务满意吗？</translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translation>非常满意</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Basically satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Very dissatisfied</source>
        <translation>非常不满意</translation>
    </message>
    <message>
        <source>Service efficiency</source>
        <translation>服务效率</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>服务水平</translation>
    </message>
    <message>
        <source>Anything you want to tell us (optional)</source>
        <translation>您还想告诉我们什么？（选填）</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>We are sorry. What was not satisfactory?</source>
        <translation>很抱歉！请问您对哪些方面不满意？</translation>
    </message>
    <message>
        <source>Touch at least one reason, so that it can be put right.</source>
        <translation>请至少点选一项原因，以便我们及时整改。</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Window %1 · staff no. %2</source>
        <translation>%1号窗口 · 工号 %2</translation>
    </message>
    <message>
        <source>Thank you for your evaluation!</source>
        <translation>感谢您的评价！</translation>
    </message>
</context>
<context>
    <name>yc::EvaluationService</name>
    <message>
        <source>Choose one of the five levels.</source>
        <translation>请从五个评价等级中选择一个。</translation>
    </message>
    <message>
        <source>Service efficiency, service level and attitude are rated from 1 to 5.</source>
        <translation>服务效率、服务水平和服务态度的评分须为1至5分。</translation>
    </message>
    <message>
        <source>The comment can have at most 500 characters and no control characters.</source>
        <translation>评价内容最多为500个字符，且不能包含控制字符。</translation>
    </message>
    <message>
        <source>Please tell us what was not satisfactory, so that it can be put right.</source>
        <translation>请告诉我们您不满意的地方，以便我们及时整改。</translation>
    </message>
    <message>
        <source>There is no such case or finished service to evaluate.</source>
        <translation>找不到可评价的办件或已完成的服务。</translation>
    </message>
    <message>
        <source>This service has already been evaluated; a follow-up evaluation can be added.</source>
        <translation>该服务已评价过，可以追加评价。</translation>
    </message>
    <message>
        <source>A follow-up evaluation needs a first evaluation of the service.</source>
        <translation>该服务尚未评价，不能追加评价。</translation>
    </message>
    <message>
        <source>The default rating must be a good or neutral level after at least one day.</source>
        <translation>默认评价的等级须为好评或中评，且默认评价期限至少为1天。</translation>
    </message>
    <message>
        <source>The evaluation&apos;s key is too long.</source>
        <translation>评价的本地标识过长。</translation>
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
    <name>yc::HallClient</name>
    <message>
        <source>The hall service did not answer in time. Check the queue before trying again.</source>
        <translation>大厅服务响应超时。请先查看排队队列，再决定是否重试。</translation>
    </message>
    <message>
        <source>There is no connection to the hall service; it is being restored. Try again in a moment.</source>
        <translation>与大厅服务的连接已断开，正在恢复，请稍后重试。</translation>
    </message>
    <message>
        <source>The connection to the hall service was lost; the action may not have been carried out. Check the queue once the connection is back.</source>
        <translation>与大厅服务的连接已中断，该操作可能未执行。连接恢复后请查看排队队列。</translation>
    </message>
</context>
<context>
    <name>yc::HallConnection</name>
    <message>
        <source>Sign in first.</source>
        <translation>请先登录。</translation>
    </message>
</context>
<context>
    <name>yc::HallDispatcher</name>
    <message>
        <source>The request needs &quot;%1&quot; as a positive whole number.</source>
        <translation>请求中的“%1”须为正整数。</translation>
    </message>
    <message>
        <source>The request needs &quot;%1&quot;.</source>
        <translation>请求中缺少“%1”。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be text of at most %2 characters.</source>
        <translation>“%1”须为不超过%2个字符的文本。</translation>
    </message>
    <message>
        <source>Too many requests from this connection; this one was not carried out. Wait a moment.</source>
        <translation>该连接的请求过于频繁，本次请求未执行，请稍后再试。</translation>
    </message>
    <message>
        <source>The request is larger than %1 bytes and was not read.</source>
        <translation>请求超过%1字节，未予读取。</translation>
    </message>
    <message>
        <source>The request is not a JSON object (%1).</source>
        <translation>请求不是 JSON 对象（%1）。</translation>
    </message>
    <message>
        <source>another JSON value</source>
        <translation>其他类型的 JSON 值</translation>
    </message>
    <message>
        <source>Every request needs an &quot;id&quot; (text up to 64 characters or a number) to match its reply.</source>
        <translation>每个请求都须带有“id”（不超过64个字符的文本或数字），用于与应答相对应。</translation>
    </message>
    <message>
        <source>The hall service does not know the operation &quot;%1&quot;.</source>
        <translation>大厅服务不支持操作“%1”。</translation>
    </message>
    <message>
        <source>&quot;args&quot; must be a JSON object.</source>
        <translation>“args”须为 JSON 对象。</translation>
    </message>
    <message>
        <source>Only a supervisor may do this (&quot;%1&quot;).</source>
        <translation>只有大厅管理人员才能执行此操作（“%1”）。</translation>
    </message>
    <message>
        <source>Your role may not serve at a window (&quot;%1&quot;).</source>
        <translation>您的角色无权进行窗口操作（“%1”）。</translation>
    </message>
    <message>
        <source>You signed in without a window. Sign in at a window to call tickets.</source>
        <translation>您登录时未选择窗口。请在窗口登录后再叫号。</translation>
    </message>
    <message>
        <source>The hall service could not save this. Try again; if it keeps failing, tell the administrator.</source>
        <translation>大厅服务未能保存本次操作。请重试；如仍失败，请联系系统管理员。</translation>
    </message>
    <message>
        <source>&quot;window&quot; must be a number.</source>
        <translation>“window”须为数字。</translation>
    </message>
    <message>
        <source>&quot;since&quot; must be a sequence number.</source>
        <translation>“since”须为事件序号。</translation>
    </message>
    <message>
        <source>Say where to transfer the ticket: a line, a window or a staff member.</source>
        <translation>请指定转移目标：业务类型、窗口或工作人员。</translation>
    </message>
    <message>
        <source>Send the person&apos;s details masked (e.g. 3704**********123X), never in full.</source>
        <translation>请发送脱敏后的个人信息（如 3704**********123X），不得发送完整信息。</translation>
    </message>
    <message>
        <source>A ticket kiosk may only issue tickets, check appointments in and read the queue (&quot;%1&quot;).</source>
        <translation>大厅取号机只能取号、预约签到和查看排队情况（“%1”）。</translation>
    </message>
    <message>
        <source>The window number must be between 1 and 999.</source>
        <translation>窗口号须在1至999之间。</translation>
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
    <message>
        <source>The hall&apos;s time zone &quot;%1&quot; is unknown to this computer.</source>
        <translation>本机不认识大厅的时区“%1”。</translation>
    </message>
</context>
<context>
    <name>yc::HallServer</name>
    <message>
        <source>The hall protocol on %1 needs TLS: set tls/certificate and tls/key in the configuration, or listen on a loopback address.</source>
        <translation>在 %1 上提供大厅协议须启用 TLS：请在配置中设置 tls/certificate 和 tls/key，或改为监听本机回环地址。</translation>
    </message>
    <message>
        <source>Cannot open the hall protocol on %1 port %2: %3</source>
        <translation>无法在 %1 的 %2 端口上开启大厅协议：%3</translation>
    </message>
    <message>
        <source>The hall protocol takes JSON text messages, not binary.</source>
        <translation>大厅协议只接受 JSON 文本消息，不接受二进制消息。</translation>
    </message>
</context>
<context>
    <name>yc::HallSessions</name>
    <message>
        <source>The window number must be between 1 and 999.</source>
        <translation>窗口号须在1至999之间。</translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation>请先登录。</translation>
    </message>
    <message>
        <source>This session is not known (signed out elsewhere or never signed in). Sign in again.</source>
        <translation>登录会话无效（已在别处注销或从未登录），请重新登录。</translation>
    </message>
    <message>
        <source>This account is disabled. Ask the administrator to enable it.</source>
        <translation>该账号已停用，请联系系统管理员启用。</translation>
    </message>
    <message>
        <source>Your session has expired. Sign in again.</source>
        <translation>登录已过期，请重新登录。</translation>
    </message>
</context>
<context>
    <name>yc::HandoverDialog</name>
    <message>
        <source>Hand over to the back office</source>
        <translation>物料流转（移交后台）</translation>
    </message>
    <message>
        <source>e.g. application form original, ID card copy</source>
        <translation>如：申请表原件、身份证复印件</translation>
    </message>
    <message>
        <source>department and person</source>
        <translation>接收部门及人员</translation>
    </message>
    <message>
        <source>Materials handed over</source>
        <translation>移交材料</translation>
    </message>
    <message>
        <source>To</source>
        <translation>接收人</translation>
    </message>
</context>
<context>
    <name>yc::HttpService</name>
    <message>
        <source>Cannot listen on %1 port %2 (in use or not permitted).</source>
        <translation>无法在 %1 的 %2 端口上监听（端口已被占用或没有权限）。</translation>
    </message>
    <message>
        <source>Listening on %1 would expose the service without TLS; use a loopback address or configure the hall certificate (tls/certificate, tls/key).</source>
        <translation>在 %1 上监听会使服务在未启用 TLS 的情况下对外开放；请改用本机回环地址，或配置大厅证书（tls/certificate、tls/key）。</translation>
    </message>
    <message>
        <source>Cannot read the hall certificate %1 or its key %2.</source>
        <translation>无法读取大厅证书 %1 或其私钥 %2。</translation>
    </message>
    <message>
        <source>The hall certificate %1 or its key %2 is not a PEM certificate and key.</source>
        <translation>大厅证书 %1 或其私钥 %2 不是 PEM 格式的证书和私钥。</translation>
    </message>
</context>
<context>
    <name>yc::IdCardStrip</name>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Demo: place %1&apos;s card</source>
        <translation>演示：放上%1的身份证</translation>
    </message>
    <message>
        <source>Demo: take the card away</source>
        <translation>演示：取走身份证</translation>
    </message>
    <message>
        <source>No ID card reader is set up; type the applicant&apos;s details.</source>
        <translation>未配置身份证读卡器，请手工录入申请人信息。</translation>
    </message>
    <message>
        <source>The card reader starts when this screen is shown.</source>
        <translation>读卡器在显示本界面时启动。</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>无照片</translation>
    </message>
</context>
<context>
    <name>yc::IndicatorReport</name>
    <message>
        <source>Average wait by hour of the ticket</source>
        <translation>各时段平均等候</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>%1h</source>
        <translation>%1时</translation>
    </message>
    <message>
        <source>Evaluations by level</source>
        <translation>评价等级分布</translation>
    </message>
    <message>
        <source>count</source>
        <translation>次</translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translation>非常满意</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Basically satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Very dissatisfied</source>
        <translation>非常不满意</translation>
    </message>
    <message>
        <source>Cases by day</source>
        <translation>按日办件量</translation>
    </message>
    <message>
        <source>cases</source>
        <translation>件</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Service indicators of %1</source>
        <translation>%1服务指标报告</translation>
    </message>
    <message>
        <source>The report could not be rendered.</source>
        <translation>报告无法生成。</translation>
    </message>
    <message>
        <source>Period: %1    Generated: %2    Page %3</source>
        <translation>统计期间：%1    生成时间：%2    第%3页</translation>
    </message>
    <message>
        <source>Window score</source>
        <translation>窗口效能积分</translation>
    </message>
    <message>
        <source>Targets (red: missed): %1. Dead letters to the platform now: %2.</source>
        <translation>目标值（红色为未达标）：%1。当前被省平台拒收待更正的办件数据：%2 条。</translation>
    </message>
    <message>
        <source>Cannot write the report to %1: %2</source>
        <translation>无法将报告写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>yc::IndicatorsPage</name>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>上月</translation>
    </message>
    <message>
        <source>Chosen days</source>
        <translation>自选日期</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>按%1</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Save report as PDF…</source>
        <translation>报告另存为 PDF…</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>统计期间：</translation>
    </message>
    <message>
        <source>The last day is before the first day; choose the period again.</source>
        <translation>结束日期早于开始日期，请重新选择统计期间。</translation>
    </message>
    <message>
        <source>Window score</source>
        <translation>窗口效能积分</translation>
    </message>
    <message>
        <source>Target: at least %1%</source>
        <translation>目标：不低于 %1%</translation>
    </message>
    <message>
        <source>Below the target of %1%</source>
        <translation>低于目标值 %1%</translation>
    </message>
    <message numerus="yes">
        <source>%n case event(s) were refused by the province platform and wait for correction.</source>
        <translation>
            <numerusform>有 %n 条办件数据被省平台拒收，等待更正后重新上报。</numerusform>
        </translation>
    </message>
    <message>
        <source>indicators-%1-%2</source>
        <translation>政务服务指标-%1-%2</translation>
    </message>
    <message>
        <source>Export the indicators as CSV</source>
        <translation>将指标导出为 CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>Save the indicator report as PDF</source>
        <translation>将指标报告另存为 PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>yc::IntakeCapture</name>
    <message>
        <source>Capture…</source>
        <translation>采集…</translation>
    </message>
</context>
<context>
    <name>yc::IntakePage</name>
    <message>
        <source>Matters taken in this intake (一件事一次办). Delete removes one.</source>
        <translation>本次受理的事项（一件事一次办）。按 Delete 键可移除选中的事项。</translation>
    </message>
    <message>
        <source>An agent (代理人) applies on the applicant&apos;s behalf</source>
        <translation>由代理人代为申请</translation>
    </message>
    <message>
        <source>All received</source>
        <translation>全部已收取</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>Accept on commitment…</source>
        <translation>容缺受理…</translation>
    </message>
    <message>
        <source>Tell once what is missing</source>
        <translation>一次性告知</translation>
    </message>
    <message>
        <source>Do not accept…</source>
        <translation>不予受理…</translation>
    </message>
    <message>
        <source>Next citizen</source>
        <translation>下一位</translation>
    </message>
    <message>
        <source>Finish at the window (即办)</source>
        <translation>当场办结（即办）</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Taken in this intake:</source>
        <translation>本次受理事项：</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>申请材料</translation>
    </message>
    <message>
        <source>%1 is %2 and cannot be taken in.</source>
        <translation>事项“%1”当前为“%2”状态，不能受理。</translation>
    </message>
    <message>
        <source>Returning applicant</source>
        <translation>已有申请人信息</translation>
    </message>
    <message>
        <source>%1 has applied here before. Use the details recorded then (phone, address)?</source>
        <translation>%1曾在本大厅办理过业务。是否使用当时登记的信息（电话、住址）？</translation>
    </message>
    <message>
        <source>Choose the matter first.</source>
        <translation>请先选择事项。</translation>
    </message>
    <message numerus="yes">
        <source>%n material(s) not checked yet: mark each one.</source>
        <translation>
            <numerusform>尚有%n项材料未核验，请逐项标记。</numerusform>
        </translation>
    </message>
    <message>
        <source>; case number &lt;b&gt;%1&lt;/b&gt;, query password %2, due %3</source>
        <translation>；办件编号：&lt;b&gt;%1&lt;/b&gt;，查询密码：%2，预计办结日期：%3</translation>
    </message>
    <message>
        <source>; document %1</source>
        <translation>；文书编号：%1</translation>
    </message>
    <message>
        <source>Finished at the window.</source>
        <translation>已当场办结。</translation>
    </message>
    <message>
        <source>Print documents…</source>
        <translation>打印文书…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Save the documents as PDF into</source>
        <translation>选择保存 PDF 文书的文件夹</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
    <message>
        <source>The case was taken in, but some pages were not stored: %1</source>
        <translation>办件已受理，但部分材料页面未能保存：%1</translation>
    </message>
    <message>
        <source>Serving ticket %1</source>
        <translation>正在办理：%1</translation>
    </message>
</context>
<context>
    <name>yc::IntakeService</name>
    <message>
        <source>%1: enter a name of 1 to 100 characters.</source>
        <translation>%1：请填写姓名（名称），长度为1至100个字符。</translation>
    </message>
    <message>
        <source>%1: the address may have at most 200 characters.</source>
        <translation>%1：住址最多为200个字符。</translation>
    </message>
    <message>
        <source>%1: enter the legal representative.</source>
        <translation>%1：请填写法定代表人。</translation>
    </message>
    <message>
        <source>%1: enter the document number (at most 40 characters).</source>
        <translation>%1：请填写证件号码（最多40个字符）。</translation>
    </message>
    <message>
        <source>%1: unknown kind of applicant.</source>
        <translation>%1：未知的申请人类型。</translation>
    </message>
    <message>
        <source>Sign in at a window before taking in a case.</source>
        <translation>请先在窗口登录，再受理办件。</translation>
    </message>
    <message>
        <source>Choose at least one matter.</source>
        <translation>请至少选择一项事项。</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>代理人</translation>
    </message>
    <message>
        <source>A chosen matter is no longer in the catalog. Search for it again.</source>
        <translation>所选事项已不在事项目录中，请重新搜索。</translation>
    </message>
    <message>
        <source>%1 is no longer offered in this version of the catalog; search for the matter again.</source>
        <translation>当前版本的事项目录中已不再提供“%1”，请重新搜索该事项。</translation>
    </message>
    <message>
        <source>%1: a material mark is invalid.</source>
        <translation>%1：材料核验标记无效。</translation>
    </message>
    <message>
        <source>%1: mark &quot;%2&quot; as received, missing or not applicable.</source>
        <translation>%1：请将“%2”标记为已收取、缺少或不适用。</translation>
    </message>
    <message>
        <source>%1: name the electronic licence used instead of &quot;%2&quot;.</source>
        <translation>%1：请注明用于代替“%2”的电子证照。</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; may not follow later; it is needed now.</source>
        <translation>%1：“%2”不能容缺后补，须当场提交。</translation>
    </message>
    <message>
        <source>%1: a marked material is not in its list.</source>
        <translation>%1：所标记的材料不在该事项的材料清单中。</translation>
    </message>
    <message numerus="yes">
        <source>%n required material(s) missing: accept with a commitment (容缺受理) if every one may follow later, or tell the applicant once what is missing.</source>
        <translation>
            <numerusform>缺少%n项必要材料：如所缺材料均可容缺后补，可容缺受理；否则请一次性告知申请人所缺材料。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is missing: accept the case normally.</source>
        <translation>没有缺少必要材料，请直接受理。</translation>
    </message>
    <message>
        <source>Acceptance with a commitment needs every missing material to be one that may follow later; tell the applicant once what is missing instead.</source>
        <translation>容缺受理要求所缺材料均为可容缺后补的材料；请改为一次性告知申请人所缺材料。</translation>
    </message>
    <message>
        <source>Record the applicant&apos;s written commitment.</source>
        <translation>请填写申请人的书面承诺。</translation>
    </message>
    <message>
        <source>Set a supply deadline from today on.</source>
        <translation>请设置补齐期限，且不得早于今天。</translation>
    </message>
    <message>
        <source>The supply deadline may not be after the committed date %1 of %2.</source>
        <translation>补齐期限不得晚于“%2”的承诺办结日期 %1。</translation>
    </message>
    <message>
        <source>Nothing is marked missing: there is nothing to tell the applicant.</source>
        <translation>没有标记为缺少的材料，无需一次性告知申请人。</translation>
    </message>
    <message>
        <source>Give the reason for not accepting (at most 1000 characters).</source>
        <translation>请填写不予受理的原因（最多1000个字符）。</translation>
    </message>
    <message>
        <source>The competent agency may have at most 200 characters.</source>
        <translation>有权受理机关最多为200个字符。</translation>
    </message>
    <message>
        <source>The data key is not loaded; personal data cannot be stored.</source>
        <translation>未加载数据密钥，无法保存个人信息。</translation>
    </message>
    <message>
        <source>The hall is not set up.</source>
        <translation>尚未设置大厅信息。</translation>
    </message>
    <message>
        <source>The case does not exist.</source>
        <translation>该办件不存在。</translation>
    </message>
    <message>
        <source>Only an accepted instant case (即办件) can be finished at the window.</source>
        <translation>只有已受理的即办件才能当场办结。</translation>
    </message>
    <message>
        <source>The case or the material does not exist.</source>
        <translation>该办件或材料不存在。</translation>
    </message>
    <message>
        <source>This material was not missing.</source>
        <translation>该材料并未标记为缺少。</translation>
    </message>
    <message>
        <source>The case no longer takes materials.</source>
        <translation>该办件已不再接收补交材料。</translation>
    </message>
    <message>
        <source>The data key is not loaded; personal data cannot be read.</source>
        <translation>未加载数据密钥，无法读取个人信息。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>who: what is wrong</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The help-with-the-process mark of the ticket is not known here. Mark the ticket again at the calling panel.</source>
        <translation>号票上的帮办代办标记在此无法识别，请在叫号界面重新标记。</translation>
    </message>
</context>
<context>
    <name>yc::KioskMatterPage</name>
    <message>
        <source>Type the name of your business, or a word for it</source>
        <translation>请输入要办的事的名称或关键词</translation>
    </message>
    <message>
        <source>e.g. 结婚, 开公司, 老年证, jiehun</source>
        <translation>如：结婚、开公司、老年证、jiehun</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>The results appear below as you type. Touch yours.</source>
        <translation>输入时结果会显示在下方，请点选您要办的事。</translation>
    </message>
    <message>
        <source>Nothing found. Try a shorter word, or go back and choose a line.</source>
        <translation>没有找到。请换个短一点的词，或返回选择业务。</translation>
    </message>
    <message>
        <source>Touch your business:</source>
        <translation>请点选您要办的事：</translation>
    </message>
</context>
<context>
    <name>yc::KioskMode</name>
    <message>
        <source>The kiosk has no connection to the hall queue.</source>
        <translation>取号机未连接大厅排队服务。</translation>
    </message>
    <message>
        <source>No kiosk account is set up. Set kiosk/staffNo and kiosk/password in the settings to an account with the role &quot;Ticket kiosk&quot;.</source>
        <translation>未设置取号机账号。请在设置中将 kiosk/staffNo 和 kiosk/password 设为角色为“大厅取号机”的账号。</translation>
    </message>
    <message>
        <source>Account %1 is not a kiosk account. Give the kiosk an account with only the role &quot;Ticket kiosk&quot;.</source>
        <translation>账号 %1 不是取号机账号。请为取号机配置仅具有“大厅取号机”角色的账号。</translation>
    </message>
    <message>
        <source>Ticket kiosk</source>
        <translation>大厅取号机</translation>
    </message>
</context>
<context>
    <name>yc::KioskWindow</name>
    <message>
        <source>No priority</source>
        <translation>无优先</translation>
    </message>
    <message>
        <source>I need help (assisted service)</source>
        <translation>我需要帮办</translation>
    </message>
    <message>
        <source>Take a ticket</source>
        <translation>取号</translation>
    </message>
    <message>
        <source>%1 – please touch your business</source>
        <translation>%1 — 请点选您要办理的业务</translation>
    </message>
    <message>
        <source>Priority service (optional): older people, people with disabilities, pregnant women, service members, or if you need help</source>
        <translation>优先服务（可选）：老年人、残疾人、孕妇、军人/消防救援人员，或需要帮办</translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>您的号码</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Tickets cannot be issued at the moment. Please ask the staff at the help desk.</source>
        <translation>暂时无法取号，请到咨询服务台询问工作人员。</translation>
    </message>
    <message>
        <source>No business lines are set up. Please ask the staff at the help desk.</source>
        <translation>尚未设置取号业务，请到咨询服务台询问工作人员。</translation>
    </message>
    <message numerus="yes">
        <source>%n people ahead of you</source>
        <translation>
            <numerusform>您前面还有 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>Taken at %1</source>
        <translation>取号时间：%1</translation>
    </message>
    <message>
        <source>Please take your ticket below.</source>
        <translation>请在下方取走您的号票。</translation>
    </message>
    <message>
        <source>Find my business by its name</source>
        <translation>按名称查找要办的事</translation>
    </message>
    <message>
        <source>Have your ID card? Place it on the reader: older people get priority, and an appointment for today is checked in.</source>
        <translation>带了身份证？请放到读卡器上：老年人优先办理，今天有预约的可直接签到。</translation>
    </message>
    <message>
        <source>Check in for your appointment: %1 at %2</source>
        <translation>预约签到：%1（%2）</translation>
    </message>
    <message>
        <source>Card read: %1. Priority for older people applies.</source>
        <translation>已读卡：%1。老年人优先办理。</translation>
    </message>
    <message>
        <source>Card read: %1.</source>
        <translation>已读卡：%1。</translation>
    </message>
    <message>
        <source>No line takes &quot;%1&quot; today. Please ask the staff at the help desk.</source>
        <translation>今天没有可办理“%1”的业务，请到咨询服务台询问工作人员。</translation>
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
    <message>
        <source>Intake</source>
        <translation>综合受理</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Platform sync</source>
        <translation>省平台上报</translation>
    </message>
    <message>
        <source>Bad reviews</source>
        <translation>差评整改</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>排队叫号</translation>
    </message>
    <message>
        <source>Assisted services</source>
        <translation>帮办代办</translation>
    </message>
    <message>
        <source>The 帮办代办 records are not available in this program.</source>
        <translation>本程序无法使用帮办代办记录。</translation>
    </message>
    <message>
        <source>Could not be done</source>
        <translation>办不成事</translation>
    </message>
    <message>
        <source>Live queue</source>
        <translation>排队监控</translation>
    </message>
    <message>
        <source>This program is not connected to the hall&apos;s queue service.</source>
        <translation>本程序未连接大厅排队服务。</translation>
    </message>
    <message>
        <source>%1 (%2 due)</source>
        <translation>%1（%2 件待处理）</translation>
    </message>
</context>
<context>
    <name>yc::MaterialCaptureDialog</name>
    <message>
        <source>Capture material: %1</source>
        <translation>采集材料：%1</translation>
    </message>
    <message numerus="yes">
        <source>Processing %n page(s)…</source>
        <translation>
            <numerusform>正在处理 %n 页…</numerusform>
        </translation>
    </message>
    <message>
        <source>Rotate &amp;left</source>
        <translation>向左旋转(&amp;L)</translation>
    </message>
    <message>
        <source>Rotate &amp;right</source>
        <translation>向右旋转(&amp;R)</translation>
    </message>
    <message>
        <source>Move &amp;earlier</source>
        <translation>前移(&amp;E)</translation>
    </message>
    <message>
        <source>Move la&amp;ter</source>
        <translation>后移(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Delete page</source>
        <translation>删除本页(&amp;D)</translation>
    </message>
    <message>
        <source>Delete: delete the page; Ctrl+Left/Right: rotate; Alt+Left/Right: move</source>
        <translation>Delete：删除页面；Ctrl+左/右：旋转；Alt+左/右：移动</translation>
    </message>
    <message>
        <source>Colour photo (photos, seals)</source>
        <translation>彩色照片（照片、印章）</translation>
    </message>
    <message>
        <source>Grey (text with pictures)</source>
        <translation>灰度（图文混排）</translation>
    </message>
    <message>
        <source>Black-and-white text</source>
        <translation>黑白文字</translation>
    </message>
    <message>
        <source>Applies to the pages captured next.</source>
        <translation>对接下来采集的页面生效。</translation>
    </message>
    <message>
        <source>&amp;Import file…</source>
        <translation>导入文件(&amp;I)…</translation>
    </message>
    <message>
        <source>Import material files</source>
        <translation>导入材料文件</translation>
    </message>
    <message>
        <source>Images and PDF documents (*.jpg *.jpeg *.png *.bmp *.tif *.tiff *.webp *.pdf);;All files (*)</source>
        <translation>图片和 PDF 文档 (*.jpg *.jpeg *.png *.bmp *.tif *.tiff *.webp *.pdf);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;Next pages as:</source>
        <translation>后续页面采集为(&amp;N)：</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>扫描仪</translation>
    </message>
    <message>
        <source>%1 dpi</source>
        <translation>%1 dpi</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>彩色</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>灰度</translation>
    </message>
    <message>
        <source>Black and white</source>
        <translation>黑白</translation>
    </message>
    <message>
        <source>Glass (flatbed)</source>
        <translation>平板玻璃</translation>
    </message>
    <message>
        <source>Document feeder (all sheets)</source>
        <translation>自动进纸器（全部纸张）</translation>
    </message>
    <message>
        <source>&amp;Scan</source>
        <translation>扫描(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel scan</source>
        <translation>取消扫描</translation>
    </message>
    <message>
        <source>Scanner:</source>
        <translation>扫描仪：</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>分辨率：</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>色彩：</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>纸张来源：</translation>
    </message>
    <message>
        <source>Document camera</source>
        <translation>高拍仪</translation>
    </message>
    <message>
        <source>Start &amp;camera</source>
        <translation>打开高拍仪(&amp;C)</translation>
    </message>
    <message>
        <source>Ca&amp;pture</source>
        <translation>拍摄(&amp;P)</translation>
    </message>
    <message>
        <source>Start the camera to see its picture here.</source>
        <translation>打开高拍仪后，画面显示在这里。</translation>
    </message>
    <message>
        <source>Page captured.</source>
        <translation>已拍摄一页。</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) added.</source>
        <translation>
            <numerusform>已添加 %n 个文件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>共 %n 页</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing captured yet</source>
        <translation>尚未采集</translation>
    </message>
    <message>
        <source>stored as %1</source>
        <translation>保存大小 %1</translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation>正在扫描…</translation>
    </message>
    <message numerus="yes">
        <source>Scanning cancelled; %n page(s) kept.</source>
        <translation>
            <numerusform>已取消扫描，保留 %n 页。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) scanned.</source>
        <translation>
            <numerusform>已扫描 %n 页。</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop &amp;camera</source>
        <translation>关闭高拍仪(&amp;C)</translation>
    </message>
    <message>
        <source>The camera is not ready yet. Wait a moment, then capture again.</source>
        <translation>高拍仪尚未就绪，请稍候再拍摄。</translation>
    </message>
    <message>
        <source>&amp;ID card front + back</source>
        <translation>身份证正反面合一(&amp;I)</translation>
    </message>
    <message>
        <source>Puts this page (the front of the ID card) and the next one (its back) on one page at the card&apos;s true size.</source>
        <translation>把本页（身份证正面）和下一页（反面）按证件原大合成一页。</translation>
    </message>
    <message>
        <source>The two sides of the ID card are now one page.</source>
        <translation>身份证正反面已合成一页。</translation>
    </message>
</context>
<context>
    <name>yc::MaterialChecklist</name>
    <message>
        <source>Matter</source>
        <translation>事项名称</translation>
    </message>
    <message>
        <source>Material</source>
        <translation>材料名称</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>要求</translation>
    </message>
    <message>
        <source>Necessity</source>
        <translation>必要性</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>份数</translation>
    </message>
    <message>
        <source>What is missing or wrong</source>
        <translation>缺少或有误的说明</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2, %n copy(ies)</source>
        <translation>
            <numerusform>%1，%2，%n份</numerusform>
        </translation>
    </message>
    <message>
        <source>— check —</source>
        <translation>— 请核验 —</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>已收取</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>缺少</translation>
    </message>
    <message>
        <source>Follows later (commitment)</source>
        <translation>容缺后补（已承诺）</translation>
    </message>
    <message>
        <source>Electronic licence: %1</source>
        <translation>电子证照免提交：%1</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>材料页面</translation>
    </message>
</context>
<context>
    <name>yc::MaterialPagesStrip</name>
    <message>
        <source>No pages captured</source>
        <translation>尚未采集页面</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s), %1</source>
        <translation>
            <numerusform>共 %n 页，%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>yc::MatterSearch</name>
    <message>
        <source>Name</source>
        <translation>事项名称</translation>
    </message>
    <message>
        <source>Name begins with</source>
        <translation>名称开头</translation>
    </message>
    <message>
        <source>Name contains</source>
        <translation>名称包含</translation>
    </message>
    <message>
        <source>Also called</source>
        <translation>俗称</translation>
    </message>
    <message>
        <source>Pinyin</source>
        <translation>拼音</translation>
    </message>
    <message>
        <source>Pinyin initials</source>
        <translation>拼音首字母</translation>
    </message>
    <message>
        <source>Keyword</source>
        <translation>关键词</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>实施部门</translation>
    </message>
    <message>
        <source>Task code</source>
        <translation>实施编码</translation>
    </message>
    <message>
        <source>Similar spelling</source>
        <translation>近似拼写</translation>
    </message>
</context>
<context>
    <name>yc::MatterSearchPanel</name>
    <message>
        <source>Matter: name, pinyin, initials or everyday words (开公司, hjqy …)</source>
        <translation>事项：名称、拼音、首字母或通俗说法（开公司、hjqy …）</translation>
    </message>
    <message numerus="yes">
        <source>%n matter(s) in the catalog</source>
        <translation>
            <numerusform>事项目录共%n项事项</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found. Try fewer characters, pinyin or another word.</source>
        <translation>未找到相关事项。请尝试减少字数、改用拼音或换个说法。</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s); ↑↓ to choose, Enter to take</source>
        <translation>
            <numerusform>共%n条结果；按 ↑↓ 键选择，按回车键选定</numerusform>
        </translation>
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
    <message>
        <source>The platform endpoint must be an https:// address.</source>
        <translation>省级平台接口地址必须为 https:// 地址。</translation>
    </message>
    <message>
        <source>The platform signature method must be HMAC-SHA256 or HMAC-SM3.</source>
        <translation>省级平台签名算法必须为 HMAC-SHA256 或 HMAC-SM3。</translation>
    </message>
    <message>
        <source>The default rating needs 1 to 365 days and a good or neutral level.</source>
        <translation>默认评价的期限须为1至365天，等级只能为好评或中评。</translation>
    </message>
</context>
<context>
    <name>yc::ProxyCallbackDialog</name>
    <message>
        <source>Follow-up call (回访)</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>How</source>
        <translation>回访方式</translation>
    </message>
    <message>
        <source>The citizen is</source>
        <translation>群众满意度</translation>
    </message>
    <message>
        <source>What the citizen said</source>
        <translation>群众意见</translation>
    </message>
</context>
<context>
    <name>yc::ProxyCasePanel</name>
    <message>
        <source>Record progress…</source>
        <translation>登记进展…</translation>
    </message>
    <message>
        <source>Suspend…</source>
        <translation>中止…</translation>
    </message>
    <message>
        <source>Resume…</source>
        <translation>续办…</translation>
    </message>
    <message>
        <source>Terminate…</source>
        <translation>终止…</translation>
    </message>
    <message>
        <source>Finish…</source>
        <translation>办结…</translation>
    </message>
    <message>
        <source>Mandate form</source>
        <translation>委托书</translation>
    </message>
    <message>
        <source>Acceptance slip</source>
        <translation>受理单</translation>
    </message>
    <message>
        <source>Completion / termination slip</source>
        <translation>办结（终止）单</translation>
    </message>
    <message>
        <source>Print or save:</source>
        <translation>打印或保存：</translation>
    </message>
    <message>
        <source>Person served</source>
        <translation>服务对象</translation>
    </message>
    <message>
        <source>Record the mandate…</source>
        <translation>登记委托书…</translation>
    </message>
    <message>
        <source>Attach the signed scan…</source>
        <translation>上传签字扫描件…</translation>
    </message>
    <message>
        <source>Mandate</source>
        <translation>委托书</translation>
    </message>
    <message>
        <source>Case number</source>
        <translation>办件编号</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>事项名称</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>办件状态</translation>
    </message>
    <message>
        <source>Link a case…</source>
        <translation>关联办件…</translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation>取消关联</translation>
    </message>
    <message>
        <source>Linked cases</source>
        <translation>关联办件</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>材料名称</translation>
    </message>
    <message>
        <source>Original or copy</source>
        <translation>原件或复印件</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Handover</source>
        <translation>交接</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经手人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Record a handover…</source>
        <translation>登记材料交接…</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>材料交接</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>环节</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>办理进展</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>事由</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Book a visit…</source>
        <translation>预约上门…</translation>
    </message>
    <message>
        <source>Record the visit…</source>
        <translation>登记上门结果…</translation>
    </message>
    <message>
        <source>Home visits</source>
        <translation>上门服务</translation>
    </message>
    <message>
        <source>Record the follow-up call…</source>
        <translation>登记回访…</translation>
    </message>
    <message>
        <source>Follow-up call</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>No proxy case chosen</source>
        <translation>未选择帮办代办件</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Suspended: waiting on the citizen.</source>
        <translation>已中止：等待群众处理。</translation>
    </message>
    <message>
        <source>Next: %1, by %2%3</source>
        <translation>下一步：%1，期限：%2%3</translation>
    </message>
    <message>
        <source> (waiting on the citizen)</source>
        <translation>（等待群众处理）</translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Reason for help</source>
        <translation>服务原因</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Help-desk staff</source>
        <translation>帮办代办人员</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>From ticket</source>
        <translation>来源票号</translation>
    </message>
    <message>
        <source>From case</source>
        <translation>来源办件</translation>
    </message>
    <message>
        <source>Matters and powers</source>
        <translation>委托事项及权限</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>委托期限</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>委托人签字</translation>
    </message>
    <message>
        <source>Yes, %1</source>
        <translation>是，%1</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>扫描件</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>终止</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Originals not returned</source>
        <translation>未退还原件</translation>
    </message>
    <message>
        <source>%1 by %2, %3</source>
        <translation>%1（%2，%3）</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>What the citizen said</source>
        <translation>群众意见</translation>
    </message>
    <message>
        <source>Not yet made</source>
        <translation>尚未回访</translation>
    </message>
    <message>
        <source>After closing</source>
        <translation>办结后进行</translation>
    </message>
    <message>
        <source>%1 (by %2)</source>
        <translation>%1（%2前）</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>The signed mandate</source>
        <translation>选择已签字的委托书</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>扫描件 (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Link a case</source>
        <translation>关联办件</translation>
    </message>
    <message>
        <source>Case number (办件编号)</source>
        <translation>办件编号</translation>
    </message>
    <message>
        <source>Choose the linked case to unlink.</source>
        <translation>请选择要取消关联的办件。</translation>
    </message>
    <message>
        <source>Record progress</source>
        <translation>登记办理进展</translation>
    </message>
    <message>
        <source>Choose the visit to record.</source>
        <translation>请选择要登记结果的上门服务。</translation>
    </message>
    <message>
        <source>Record the visit</source>
        <translation>登记上门结果</translation>
    </message>
    <message>
        <source>The visit</source>
        <translation>上门服务</translation>
    </message>
    <message>
        <source>took place</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>was cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>What was done, or why not</source>
        <translation>办理情况或取消原因</translation>
    </message>
    <message>
        <source>Suspend the case</source>
        <translation>中止办理</translation>
    </message>
    <message>
        <source>Why (what the citizen must do or decide)</source>
        <translation>中止原因（需群众补充的材料或作出的决定）</translation>
    </message>
    <message>
        <source>Resume the case</source>
        <translation>续办</translation>
    </message>
    <message>
        <source>Terminate the case</source>
        <translation>终止办理</translation>
    </message>
    <message>
        <source>Why the service ends</source>
        <translation>终止原因</translation>
    </message>
    <message>
        <source>Finish the case</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>What was achieved and how it reached the citizen</source>
        <translation>办理结果及送达方式</translation>
    </message>
</context>
<context>
    <name>yc::ProxyCases</name>
    <message>
        <source>The person served is not on record.</source>
        <translation>未找到服务对象信息。</translation>
    </message>
    <message>
        <source>There is no such proxy case.</source>
        <translation>该帮办代办件不存在。</translation>
    </message>
    <message>
        <source>Sign in before opening a proxy case.</source>
        <translation>请先登录，再新建帮办代办件。</translation>
    </message>
    <message>
        <source>Choose 帮办 (assist), 代办 (proxy) or 上门办 (home visit).</source>
        <translation>请选择帮办、代办或上门办。</translation>
    </message>
    <message>
        <source>Choose why the citizen needs help.</source>
        <translation>请选择服务原因。</translation>
    </message>
    <message>
        <source>Describe the reason for help (at most 200 characters).</source>
        <translation>请填写原因说明（最多200个字符）。</translation>
    </message>
    <message>
        <source>The reason&apos;s detail may have at most 200 characters.</source>
        <translation>原因说明最多200个字符。</translation>
    </message>
    <message>
        <source>Say what happens next (at most 200 characters).</source>
        <translation>请填写下一步工作（最多200个字符）。</translation>
    </message>
    <message>
        <source>Give the next action a day, today or later.</source>
        <translation>请为下一步工作设定期限（不早于今天）。</translation>
    </message>
    <message>
        <source>Assign the case to an active member of the help desk.</source>
        <translation>请指派给在岗的帮办代办人员。</translation>
    </message>
    <message>
        <source>The case to help with does not exist.</source>
        <translation>要帮办的办件不存在。</translation>
    </message>
    <message>
        <source>The data key is not loaded; personal data cannot be stored.</source>
        <translation>未加载数据密钥，无法保存个人信息。</translation>
    </message>
    <message>
        <source>Person served</source>
        <translation>服务对象</translation>
    </message>
    <message>
        <source>The ticket no longer exists.</source>
        <translation>该票号已不存在。</translation>
    </message>
    <message>
        <source>Case opened</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>There is no such case.</source>
        <translation>该办件不存在。</translation>
    </message>
    <message>
        <source>The case is already linked to this proxy case.</source>
        <translation>该办件已关联到本帮办代办件。</translation>
    </message>
    <message>
        <source>Enter the case number (办件编号).</source>
        <translation>请输入办件编号。</translation>
    </message>
    <message>
        <source>No case has the number %1. Check the number on the receipt.</source>
        <translation>未找到编号为 %1 的办件，请核对受理凭证上的编号。</translation>
    </message>
    <message>
        <source>The case is not linked to this proxy case.</source>
        <translation>该办件未关联到本帮办代办件。</translation>
    </message>
    <message>
        <source>Write what the citizen entrusts (the matters and powers, at most 1000 characters).</source>
        <translation>请填写委托事项及权限（最多1000个字符）。</translation>
    </message>
    <message>
        <source>Give the mandate&apos;s period: a first day and a last day on or after it.</source>
        <translation>请填写委托期限：起始日期和截止日期，截止日期不得早于起始日期。</translation>
    </message>
    <message>
        <source>Scans cannot be stored on this computer (the attachment store is not running).</source>
        <translation>本机无法保存扫描件（附件存储服务未运行）。</translation>
    </message>
    <message>
        <source>Scans cannot be read on this computer (the attachment store is not running).</source>
        <translation>本机无法读取扫描件（附件存储服务未运行）。</translation>
    </message>
    <message>
        <source>No scan of the mandate has been stored.</source>
        <translation>尚未保存委托书扫描件。</translation>
    </message>
    <message>
        <source>Name the item (at most 100 characters).</source>
        <translation>请填写材料名称（最多100个字符）。</translation>
    </message>
    <message>
        <source>Say whether it is an original or a copy.</source>
        <translation>请选择原件或复印件。</translation>
    </message>
    <message>
        <source>Say whether the item was received or returned.</source>
        <translation>请选择是收取还是退还。</translation>
    </message>
    <message>
        <source>The count is 1 to 999.</source>
        <translation>数量须在1至999之间。</translation>
    </message>
    <message>
        <source>Who handed it over or took it back: at most 100 characters; the note at most 200.</source>
        <translation>交接人最多100个字符，备注最多200个字符。</translation>
    </message>
    <message numerus="yes">
        <source>Only %n of this item is held for the citizen; check the item and the count.</source>
        <translation>
            <numerusform>为群众保管的该材料只有 %n 份，请核对材料名称和数量。</numerusform>
        </translation>
    </message>
    <message>
        <source>Write what was done (at most 500 characters).</source>
        <translation>请填写办理情况（最多500个字符）。</translation>
    </message>
    <message>
        <source>The case is suspended; resume it first.</source>
        <translation>该件已中止，请先续办。</translation>
    </message>
    <message>
        <source>Choose a time for the visit that has not passed.</source>
        <translation>请选择尚未过去的上门时间。</translation>
    </message>
    <message>
        <source>Enter the address of the visit (at most 200 characters).</source>
        <translation>请填写上门地址（最多200个字符）。</translation>
    </message>
    <message>
        <source>The purpose may have at most 200 characters.</source>
        <translation>事由最多200个字符。</translation>
    </message>
    <message>
        <source>Home visit booked for %1 at %2</source>
        <translation>已预约于%1上门，地址：%2</translation>
    </message>
    <message>
        <source>Home visit: %1</source>
        <translation>上门服务：%1</translation>
    </message>
    <message>
        <source>Write what was done at the visit (at most 500 characters).</source>
        <translation>请填写上门办理情况（最多500个字符）。</translation>
    </message>
    <message>
        <source>Write why the visit was cancelled (at most 500 characters).</source>
        <translation>请填写上门取消原因（最多500个字符）。</translation>
    </message>
    <message>
        <source>There is no such home visit.</source>
        <translation>该上门服务不存在。</translation>
    </message>
    <message>
        <source>The result of this visit is already recorded.</source>
        <translation>该上门服务的结果已登记。</translation>
    </message>
    <message>
        <source>Visit done: %1</source>
        <translation>上门已完成：%1</translation>
    </message>
    <message>
        <source>Visit cancelled: %1</source>
        <translation>上门已取消：%1</translation>
    </message>
    <message>
        <source>The proxy case is closed; only the follow-up call can still be recorded.</source>
        <translation>该帮办代办件已结束，只能登记回访。</translation>
    </message>
    <message>
        <source>Write why the case is suspended (at most 500 characters).</source>
        <translation>请填写中止原因（最多500个字符）。</translation>
    </message>
    <message>
        <source>The case is already suspended.</source>
        <translation>该件已中止。</translation>
    </message>
    <message>
        <source>Write why the work resumes (at most 500 characters).</source>
        <translation>请填写续办原因（最多500个字符）。</translation>
    </message>
    <message>
        <source>Only a suspended case can be resumed.</source>
        <translation>只有已中止的件才能续办。</translation>
    </message>
    <message>
        <source>The note may have at most 500 characters.</source>
        <translation>备注最多500个字符。</translation>
    </message>
    <message>
        <source>Originals are still held for the citizen (%1). Record their return, or note where they are (e.g. kept by the authority).</source>
        <translation>仍有为群众保管的原件（%1）。请登记退还，或注明原件去向（如由审批部门留存）。</translation>
    </message>
    <message>
        <source>Write why the case is terminated (at most 500 characters).</source>
        <translation>请填写终止原因（最多500个字符）。</translation>
    </message>
    <message>
        <source>Write what was achieved and how it reached the citizen (at most 500 characters).</source>
        <translation>请填写办理结果及送达方式（最多500个字符）。</translation>
    </message>
    <message>
        <source>The case is suspended; resume it before finishing.</source>
        <translation>该件已中止，请先续办再办结。</translation>
    </message>
    <message>
        <source>代办 needs the citizen&apos;s signed mandate (代办服务委托书) before it is finished.</source>
        <translation>代办须有群众签字的代办服务委托书，方可办结。</translation>
    </message>
    <message>
        <source>Say how the citizen was reached: phone, visit or SMS.</source>
        <translation>请选择回访方式：电话、上门或短信。</translation>
    </message>
    <message>
        <source>Record how satisfied the citizen was.</source>
        <translation>请登记群众满意度。</translation>
    </message>
    <message>
        <source>The follow-up call comes after the case is finished or terminated.</source>
        <translation>办结或终止后方可回访。</translation>
    </message>
    <message>
        <source>The follow-up call is already recorded.</source>
        <translation>已登记过回访。</translation>
    </message>
</context>
<context>
    <name>yc::ProxyFormDialog</name>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
</context>
<context>
    <name>yc::ProxyForms</name>
    <message>
        <source>%1 (signature): ____________________    Date: ______ / ____ / ____</source>
        <translation>%1（签字）：____________________    日期：______年____月____日</translation>
    </message>
    <message>
        <source>Enterprise served</source>
        <translation>服务对象（企业）</translation>
    </message>
    <message>
        <source>Person served</source>
        <translation>服务对象</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>委托人</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>受托人</translation>
    </message>
    <message>
        <source>Service hall</source>
        <translation>服务大厅</translation>
    </message>
    <message>
        <source>Help-desk staff</source>
        <translation>帮办代办人员</translation>
    </message>
    <message>
        <source>What is entrusted</source>
        <translation>委托内容</translation>
    </message>
    <message>
        <source>Matters and powers</source>
        <translation>委托事项及权限</translation>
    </message>
    <message>
        <source>Cases covered</source>
        <translation>涉及办件</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>委托期限</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务方式</translation>
    </message>
    <message>
        <source>The principal entrusts the agent above, of their own free will and free of charge, to handle the matters above within the powers and the period stated, and vouches that the materials provided are true. The agent handles them in the principal&apos;s name, keeps the materials safe, returns every original, and reports the progress and the result to the principal. Either party may end the mandate at any time by telling the other.</source>
        <translation>委托人自愿、无偿委托上述受托人，在上述权限和期限内代为办理上述事项，并保证所提供材料真实有效。受托人以委托人名义办理，妥善保管材料，退还全部原件，并向委托人告知办理进度和结果。任何一方均可随时告知对方后解除委托。</translation>
    </message>
    <message>
        <source>Materials handed over</source>
        <translation>材料交接</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>材料名称</translation>
    </message>
    <message>
        <source>Original or copy</source>
        <translation>原件或复印件</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>交接</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Reason for help</source>
        <translation>服务原因</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Expected by</source>
        <translation>预计完成日期</translation>
    </message>
    <message>
        <source>The service is free of charge. Keep this slip: quote its number to ask about the progress.</source>
        <translation>本服务免费。请妥善保管本受理单，可凭单号查询办理进度。</translation>
    </message>
    <message>
        <source>For the enterprise</source>
        <translation>企业代表</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>终止时间</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>办结时间</translation>
    </message>
    <message>
        <source>Reason for termination</source>
        <translation>终止原因</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Originals</source>
        <translation>原件</translation>
    </message>
    <message>
        <source>Not returned</source>
        <translation>未退还</translation>
    </message>
    <message>
        <source>None: every original was returned.</source>
        <translation>无，原件已全部退还。</translation>
    </message>
    <message>
        <source>Where they are</source>
        <translation>原件去向</translation>
    </message>
    <message>
        <source>The service ended before the matters were done, for the reason above. The materials were handed back as listed.</source>
        <translation>因上述原因，服务在事项办结前终止，材料已按清单交接退还。</translation>
    </message>
    <message>
        <source>The matters entrusted are done and the result has reached the person served. The materials were handed back as listed.</source>
        <translation>委托事项已办结，结果已送达服务对象，材料已按清单交接退还。</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>编号：%1</translation>
    </message>
    <message>
        <source>%1 · printed %2</source>
        <translation>%1 · 打印时间：%2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第%1页 共%2页</translation>
    </message>
    <message>
        <source>Proxy Service Mandate</source>
        <translation>代办服务委托书</translation>
    </message>
    <message>
        <source>Assisted and Proxy Service Acceptance Slip</source>
        <translation>帮办代办受理单</translation>
    </message>
    <message>
        <source>Proxy Service Termination Slip</source>
        <translation>代办服务终止单</translation>
    </message>
    <message>
        <source>Proxy Service Completion Slip</source>
        <translation>代办服务办结单</translation>
    </message>
    <message>
        <source>The completion or termination slip is printed once the case is finished or terminated.</source>
        <translation>办结或终止后方可打印办结（终止）单。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>The form could not be rendered.</source>
        <translation>无法生成该文书。</translation>
    </message>
    <message>
        <source>Cannot write the form to %1: %2</source>
        <translation>无法将文书写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>yc::ProxyHandoverDialog</name>
    <message>
        <source>Material handover</source>
        <translation>材料交接</translation>
    </message>
    <message>
        <source>Handover</source>
        <translation>交接</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>材料名称</translation>
    </message>
    <message>
        <source>Original or copy</source>
        <translation>原件或复印件</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Handed over by / taken back by</source>
        <translation>交接人</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>yc::ProxyMandateDialog</name>
    <message>
        <source>Mandate (代办服务委托书)</source>
        <translation>代办服务委托书</translation>
    </message>
    <message>
        <source>Matters and powers entrusted</source>
        <translation>委托事项及权限</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>To</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>The citizen has signed the mandate</source>
        <translation>群众已在委托书上签字</translation>
    </message>
</context>
<context>
    <name>yc::ProxyMarkDialog</name>
    <message>
        <source>Help with the process for ticket %1</source>
        <translation>票号 %1 帮办代办</translation>
    </message>
    <message>
        <source>Mark the citizen for assisted service, service on their behalf or a home visit. The mark shows on the ticket, the case and its receipt.</source>
        <translation>标记群众需要帮办、代办或上门办。标记会显示在号票、办件及其回执上。</translation>
    </message>
    <message>
        <source>No help (remove the mark)</source>
        <translation>无需帮办代办（取消标记）</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务方式</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>yc::ProxyOpenDialog</name>
    <message>
        <source>Open a proxy case</source>
        <translation>新建帮办代办件</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务方式</translation>
    </message>
    <message>
        <source>Reason for help</source>
        <translation>服务原因</translation>
    </message>
    <message>
        <source>Detail of the reason</source>
        <translation>原因说明</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>服务对象</translation>
    </message>
    <message>
        <source>A person</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>An enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名/名称</translation>
    </message>
    <message>
        <source>ID number or credit code</source>
        <translation>证件号码或统一社会信用代码</translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation>法定代表人</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>The person served is the applicant of the case.</source>
        <translation>服务对象即该办件的申请人。</translation>
    </message>
    <message>
        <source>Help-desk staff number</source>
        <translation>帮办代办人员工号</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Next action by</source>
        <translation>下一步期限</translation>
    </message>
    <message>
        <source>18-character unified social credit code</source>
        <translation>18位统一社会信用代码</translation>
    </message>
    <message>
        <source>18-digit resident ID number</source>
        <translation>18位居民身份证号码</translation>
    </message>
</context>
<context>
    <name>yc::ProxyProgressDialog</name>
    <message>
        <source>What was done</source>
        <translation>办理情况</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Next action by</source>
        <translation>下一步期限</translation>
    </message>
    <message>
        <source>Waiting on the citizen (a document to bring, a decision to make)</source>
        <translation>等待群众处理（需补充材料或作出决定）</translation>
    </message>
</context>
<context>
    <name>yc::ProxyReasonDialog</name>
    <message>
        <source>Originals still held for the citizen: %1. Record their return first, or say where they are.</source>
        <translation>仍有为群众保管的原件：%1。请先登记退还，或注明原件去向。</translation>
    </message>
    <message>
        <source>Where the originals are</source>
        <translation>原件去向</translation>
    </message>
</context>
<context>
    <name>yc::ProxyVisitDialog</name>
    <message>
        <source>Book a home visit</source>
        <translation>预约上门</translation>
    </message>
    <message>
        <source>When</source>
        <translation>上门时间</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>事由</translation>
    </message>
</context>
<context>
    <name>yc::ProxyWords</name>
    <message>
        <source>Assist (帮办)</source>
        <translation>帮办</translation>
    </message>
    <message>
        <source>Proxy (代办)</source>
        <translation>代办</translation>
    </message>
    <message>
        <source>Home visit (上门办)</source>
        <translation>上门办</translation>
    </message>
    <message>
        <source>Elderly</source>
        <translation>老年人</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>残疾人</translation>
    </message>
    <message>
        <source>Pregnant</source>
        <translation>孕妇</translation>
    </message>
    <message>
        <source>Limited mobility</source>
        <translation>行动不便</translation>
    </message>
    <message>
        <source>Enterprise start-up</source>
        <translation>企业开办</translation>
    </message>
    <message>
        <source>Enterprise change</source>
        <translation>企业变更</translation>
    </message>
    <message>
        <source>Enterprise closure</source>
        <translation>企业注销</translation>
    </message>
    <message>
        <source>Key project</source>
        <translation>重点项目</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>已受理</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>已中止</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>已终止</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已办结</translation>
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
        <source>Received from the citizen</source>
        <translation>向群众收取</translation>
    </message>
    <message>
        <source>Returned to the citizen</source>
        <translation>退还群众</translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translation>非常满意</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Basically satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Very dissatisfied</source>
        <translation>非常不满意</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>上门</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>已预约</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>办理进展</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>上门服务</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>续办</translation>
    </message>
    <message>
        <source>Follow-up call</source>
        <translation>回访</translation>
    </message>
</context>
<context>
    <name>yc::ProxyWorkspacePage</name>
    <message>
        <source>My cases</source>
        <translation>我负责的</translation>
    </message>
    <message>
        <source>The team&apos;s cases</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>Waiting on the citizen</source>
        <translation>等待群众处理</translation>
    </message>
    <message>
        <source>Awaiting the follow-up call</source>
        <translation>待回访</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Only mine</source>
        <translation>仅看我负责的</translation>
    </message>
    <message>
        <source>Open a proxy case…</source>
        <translation>新建帮办代办件…</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务方式</translation>
    </message>
    <message>
        <source>Served</source>
        <translation>服务对象</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>服务原因</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Next action</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>By</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Help desk</source>
        <translation>帮办代办人员</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source> · waiting</source>
        <translation> · 等待群众</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) due today or overdue</source>
        <translation>
            <numerusform>%n 件今日到期或已超期</numerusform>
        </translation>
    </message>
    <message>
        <source>A proxy case is already open for this; it is shown.</source>
        <translation>已有对应的帮办代办件，现已显示。</translation>
    </message>
    <message>
        <source>Choose a proxy case first.</source>
        <translation>请先选择帮办代办件。</translation>
    </message>
    <message>
        <source>Save the form as PDF</source>
        <translation>将文书另存为PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1. Print it from there and have it signed.</source>
        <translation>已保存 %1，请打开该文件打印并签字。</translation>
    </message>
</context>
<context>
    <name>yc::QrCode</name>
    <message>
        <source>There is nothing to put into the QR code.</source>
        <translation>没有可生成二维码的内容。</translation>
    </message>
    <message>
        <source>The QR code module size must be at least 1 pixel.</source>
        <translation>二维码模块尺寸至少为 1 像素。</translation>
    </message>
    <message>
        <source>The text is too long for a QR code (%1 bytes, at most %2).</source>
        <translation>内容过长，无法生成二维码（%1 字节，最多 %2 字节）。</translation>
    </message>
    <message>
        <source>The QR code could not be made.</source>
        <translation>无法生成二维码。</translation>
    </message>
</context>
<context>
    <name>yc::QueuePage</name>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>Open another window for this line or let more windows serve it.</source>
        <translation>请为该业务类型增开窗口，或安排更多窗口办理该业务。</translation>
    </message>
    <message>
        <source>Check that someone is at the window: they should call the next ticket or pause the window.</source>
        <translation>请确认窗口是否有人在岗：应叫下一号或暂停服务。</translation>
    </message>
    <message>
        <source>Check whether the clerk at this window needs help.</source>
        <translation>请了解该窗口工作人员是否需要协助。</translation>
    </message>
    <message>
        <source>Check when the window opens again, or send its lines to another window.</source>
        <translation>请确认该窗口何时恢复服务，或将其业务转到其他窗口办理。</translation>
    </message>
    <message>
        <source>Live queue</source>
        <translation>排队监控</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等候人数</translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation>最长等候</translation>
    </message>
    <message>
        <source>Average wait</source>
        <translation>平均等候</translation>
    </message>
    <message>
        <source>Served today</source>
        <translation>今日已办</translation>
    </message>
    <message>
        <source>Windows serving</source>
        <translation>服务中窗口</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>业务类型</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>当前状态</translation>
    </message>
    <message>
        <source>For</source>
        <translation>持续时间</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Waiting for it</source>
        <translation>等候人数</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>业务类型</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Line %1: a citizen has waited %2 (limit %3 min)</source>
        <translation>业务类型 %1：有群众已等候 %2（上限 %3 分钟）</translation>
    </message>
    <message>
        <source>Line %1: %2 waiting (limit %3)</source>
        <translation>业务类型 %1：%2 人等候（上限 %3 人）</translation>
    </message>
    <message>
        <source>Window %1 idle for %2 while its lines wait (limit %3 min)</source>
        <translation>%1号窗口有群众等候，但已空闲 %2（上限 %3 分钟）</translation>
    </message>
    <message>
        <source>Window %1: ticket %2 has been at the window for %3 (limit %4 min)</source>
        <translation>%1号窗口：票号 %2 已办理 %3（上限 %4 分钟）</translation>
    </message>
    <message>
        <source>Window %1 paused for %2 (limit %3 min): %4</source>
        <translation>%1号窗口已暂停服务 %2（上限 %3 分钟）：%4</translation>
    </message>
    <message>
        <source>%1, since %2</source>
        <translation>%1，开始于 %2</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>实时</translation>
    </message>
    <message>
        <source>Loading the queue…</source>
        <translation>正在加载排队数据…</translation>
    </message>
    <message>
        <source>Connecting to the hall…</source>
        <translation>正在连接大厅服务…</translation>
    </message>
    <message>
        <source>Signed out of the hall: sign in again to see the live queue</source>
        <translation>已退出大厅登录：请重新登录以查看实时排队情况</translation>
    </message>
    <message>
        <source>Not connected to the hall: the figures below may be out of date; reconnecting</source>
        <translation>未连接大厅服务：以下数据可能不是最新的，正在重新连接</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>数据时间：%1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>No alerts</source>
        <translation>无预警</translation>
    </message>
    <message>
        <source>Alerts (%1)</source>
        <translation>预警（%1）</translation>
    </message>
    <message>
        <source>%1 — easing</source>
        <translation>%1 — 正在缓解</translation>
    </message>
    <message>
        <source>Serving %1</source>
        <translation>正在办理：%1</translation>
    </message>
    <message>
        <source>Called %1, waiting for the citizen</source>
        <translation>已呼叫 %1，等待群众到窗口</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>空闲</translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation>暂停服务：%1</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>未开放</translation>
    </message>
    <message>
        <source>Window %1</source>
        <translation>%1号窗口</translation>
    </message>
    <message>
        <source>New alert: %1</source>
        <translation>新预警：%1</translation>
    </message>
    <message>
        <source>%1 new alerts: %2</source>
        <translation>新增 %1 条预警：%2</translation>
    </message>
</context>
<context>
    <name>yc::QueueWords</name>
    <message>
        <source>Elderly</source>
        <translation>老年人</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>残疾人</translation>
    </message>
    <message>
        <source>Pregnant</source>
        <translation>孕妇</translation>
    </message>
    <message>
        <source>Military / fire rescue</source>
        <translation>军人/消防救援人员</translation>
    </message>
    <message>
        <source>Assisted service</source>
        <translation>帮办代办</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>预约</translation>
    </message>
    <message>
        <source>Green channel</source>
        <translation>绿色通道</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等候中</translation>
    </message>
    <message>
        <source>Called</source>
        <translation>已叫号</translation>
    </message>
    <message>
        <source>Serving</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>已挂起</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>No-show</source>
        <translation>过号</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
</context>
<context>
    <name>yc::RejectionDialog</name>
    <message>
        <source>Do not accept (不予受理)</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>When the matter is outside this hall&apos;s remit</source>
        <translation>事项不属于本大厅受理范围时填写</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Competent agency</source>
        <translation>有权受理机关</translation>
    </message>
    <message>
        <source>A refusal needs its reason.</source>
        <translation>请填写不予受理的原因。</translation>
    </message>
</context>
<context>
    <name>yc::ResultDialog</name>
    <message>
        <source>Record the result</source>
        <translation>登记办结</translation>
    </message>
    <message>
        <source>Certificate or licence</source>
        <translation>证照</translation>
    </message>
    <message>
        <source>Approval document</source>
        <translation>批文</translation>
    </message>
    <message>
        <source>Other result</source>
        <translation>其他结果</translation>
    </message>
    <message>
        <source>No document</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>办理结果</translation>
    </message>
    <message>
        <source>Certificate name</source>
        <translation>证照名称</translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation>证照编号</translation>
    </message>
    <message>
        <source>Once the province platform reports results, they arrive here by themselves.</source>
        <translation>接入省级平台后，办结结果将自动同步到这里。</translation>
    </message>
</context>
<context>
    <name>yc::ServiceBadge</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Help with the process: %1</source>
        <translation>帮办代办：%1</translation>
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
    <message>
        <source>The TCP port of the hall protocol (WebSocket; default the HTTP port + 1, 0 = any free port).</source>
        <translation>大厅协议（WebSocket）的 TCP 端口（默认为 HTTP 端口加 1，0 表示任选一个空闲端口）。</translation>
    </message>
    <message>
        <source>The hall certificate (PEM).</source>
        <translation>大厅证书（PEM 格式）。</translation>
    </message>
    <message>
        <source>The hall certificate&apos;s private key (PEM).</source>
        <translation>大厅证书的私钥（PEM 格式）。</translation>
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
<context>
    <name>yc::SyncConfig</name>
    <message>
        <source>Cannot read the platform signing key &quot;%1&quot;; ask the administrator to install it.</source>
        <translation>无法读取省级平台签名密钥“%1”，请联系系统管理员安装。</translation>
    </message>
    <message>
        <source>The platform address &quot;%1&quot; is not an https:// address; cases are never sent unencrypted.</source>
        <translation>省级平台地址“%1”不是 https:// 地址；办件数据不会以未加密方式上报。</translation>
    </message>
    <message>
        <source>The platform client id or signing key is missing.</source>
        <translation>缺少省级平台客户端标识或签名密钥。</translation>
    </message>
</context>
<context>
    <name>yc::SyncPage</name>
    <message>
        <source>Case</source>
        <translation>办件</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>数据类型</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <source>Refused because</source>
        <translation>拒收原因</translation>
    </message>
    <message>
        <source>Recorded at</source>
        <translation>产生时间</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>重新上报</translation>
    </message>
    <message>
        <source>After the case data was corrected: send the event again as it is.</source>
        <translation>办件数据更正后，按原样重新上报该数据。</translation>
    </message>
    <message>
        <source>Correct and send…</source>
        <translation>更正并上报…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Events the province platform refused (nothing is dropped: each waits here until it is corrected and sent again):</source>
        <translation>被省级平台拒收的数据（不会丢弃：每条都在此等待更正后重新上报）：</translation>
    </message>
    <message>
        <source>Waiting: %1    On the way: %2    Sent today: %3    Refused: %4</source>
        <translation>待上报：%1    上报中：%2    今日已上报：%3    被拒收：%4</translation>
    </message>
    <message>
        <source>Last accepted by the platform: %1</source>
        <translation>省级平台最近一次接收：%1</translation>
    </message>
    <message>
        <source>Nothing accepted by the platform yet.</source>
        <translation>省级平台尚未接收任何数据。</translation>
    </message>
    <message numerus="yes">
        <source>Paused for %n second(s) after: %1</source>
        <translation>
            <numerusform>暂停 %n 秒后重试，原因：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>The sync with the province platform is not running: %1 Cases wait in the outbox and go out once it runs.</source>
        <translation>与省级平台的数据上报未运行：%1 办件数据保存在待上报队列中，运行后即上报。</translation>
    </message>
    <message>
        <source>Choose the refused event first.</source>
        <translation>请先选择一条被拒收的数据。</translation>
    </message>
    <message>
        <source>Correct the refused event</source>
        <translation>更正被拒收的数据</translation>
    </message>
    <message>
        <source>Correct the data the platform refused; the event&apos;s identity stays.</source>
        <translation>请更正被平台拒收的业务数据；数据标识保持不变。</translation>
    </message>
    <message>
        <source>The event goes to the platform again.</source>
        <translation>该数据将重新上报省级平台。</translation>
    </message>
    <message>
        <source>case accepted</source>
        <translation>受理</translation>
    </message>
    <message>
        <source>told once what is missing</source>
        <translation>一次性告知</translation>
    </message>
    <message>
        <source>not accepted</source>
        <translation>不予受理</translation>
    </message>
    <message>
        <source>material supplied</source>
        <translation>补交材料</translation>
    </message>
    <message>
        <source>case finished</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>result handed out</source>
        <translation>出件</translation>
    </message>
    <message>
        <source>evaluation</source>
        <translation>好差评</translation>
    </message>
    <message>
        <source>(not numbered) %1</source>
        <translation>（未编号）%1</translation>
    </message>
</context>
<context>
    <name>yc::TicketSlip</name>
    <message numerus="yes">
        <source>%n people ahead of you</source>
        <translation>
            <numerusform>您前面还有 %n 人</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan to follow the queue on your phone</source>
        <translation>扫码在手机上查看排队进度</translation>
    </message>
    <message>
        <source>Please wait for your number to be called. Tickets are valid today only.</source>
        <translation>请留意叫号，本号票仅限当日有效。</translation>
    </message>
    <message>
        <source>The ticket could not be rendered.</source>
        <translation>号票无法生成。</translation>
    </message>
    <message>
        <source>Cannot write the ticket to %1: %2</source>
        <translation>无法将号票写入 %1：%2</translation>
    </message>
    <message>
        <source>The ticket printer is not ready. Ask the staff at the help desk for a ticket.</source>
        <translation>号票打印机未就绪，请到咨询服务台找工作人员取号。</translation>
    </message>
    <message>
        <source>Left: follow the queue · Right: rate the service afterwards</source>
        <translation>左：查看排队进度 · 右：办完后评价服务</translation>
    </message>
    <message>
        <source>Scan to rate the service after it is finished</source>
        <translation>办完后扫码评价服务</translation>
    </message>
</context>
<context>
    <name>yc::TransferDialog</name>
    <message>
        <source>Transfer ticket %1</source>
        <translation>转移票号 %1</translation>
    </message>
    <message>
        <source>To another business line</source>
        <translation>转到其他业务类型</translation>
    </message>
    <message>
        <source>To another window</source>
        <translation>转到其他窗口</translation>
    </message>
    <message>
        <source>Window %1 – %2</source>
        <translation>%1号窗口 — %2</translation>
    </message>
    <message>
        <source>At the front of the queue (otherwise by the time the ticket was issued)</source>
        <translation>排在队首（否则按取号时间排队）</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>转移</translation>
    </message>
</context>
<context>
    <name>yc::UnresolvedEntryDialog</name>
    <message>
        <source>Record something that could not be done</source>
        <translation>登记办不成事</translation>
    </message>
    <message>
        <source>A citizen</source>
        <translation>个人</translation>
    </message>
    <message>
        <source>An enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <source>Not known / no matter of the catalog</source>
        <translation>不确定 / 不在事项目录中</translation>
    </message>
    <message>
        <source>What the citizen wanted done, and what stood in the way</source>
        <translation>群众想办什么事，遇到了什么障碍</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>暂未确定</translation>
    </message>
    <message>
        <source>Another unit (write its name)</source>
        <translation>其他单位（请填写名称）</translation>
    </message>
    <message>
        <source> working days</source>
        <translation> 个工作日</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>反映人</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>事项名称</translation>
    </message>
    <message>
        <source>What could not be done</source>
        <translation>办不成事情况</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>问题分类</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>办理时限</translation>
    </message>
    <message>
        <source>An ID number or a phone number is needed to give the citizen the feedback. Both are stored encrypted.</source>
        <translation>向群众反馈结果需要证件号码或联系电话，两者均加密保存。</translation>
    </message>
    <message>
        <source>The enterprise&apos;s name</source>
        <translation>企业名称</translation>
    </message>
    <message>
        <source>The citizen&apos;s name</source>
        <translation>群众姓名</translation>
    </message>
    <message>
        <source>Unified social credit code (optional)</source>
        <translation>统一社会信用代码（选填）</translation>
    </message>
    <message>
        <source>ID number (optional if a phone is given)</source>
        <translation>证件号码（已填联系电话的可不填）</translation>
    </message>
    <message>
        <source>Write the name of the responsible unit, or choose one from the list.</source>
        <translation>请填写责任单位名称，或从列表中选择。</translation>
    </message>
</context>
<context>
    <name>yc::UnresolvedRegister</name>
    <message>
        <source>Policy unclear or no policy basis (政策不明确)</source>
        <translation>政策不明确</translation>
    </message>
    <message>
        <source>Unreasonable materials or conditions (材料要求不合理)</source>
        <translation>材料要求不合理</translation>
    </message>
    <message>
        <source>The system does not support it (系统不支持)</source>
        <translation>系统不支持</translation>
    </message>
    <message>
        <source>Responsibility unclear or shared (职责不清、职责交叉)</source>
        <translation>职责不清、职责交叉</translation>
    </message>
    <message>
        <source>Passed from one department to another (部门推诿)</source>
        <translation>部门推诿</translation>
    </message>
    <message>
        <source>Difficult, across departments or levels (办理难度大)</source>
        <translation>办理难度大</translation>
    </message>
    <message>
        <source>Beyond the hall&apos;s remit (超出职责范围)</source>
        <translation>超出职责范围</translation>
    </message>
    <message>
        <source>Other (其他)</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>By telephone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>By text message</source>
        <translation>短信</translation>
    </message>
    <message>
        <source>Through the online service platform</source>
        <translation>政务服务网</translation>
    </message>
    <message>
        <source>In person at the hall</source>
        <translation>大厅现场</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Basically satisfied</source>
        <translation>基本满意</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Could not be reached</source>
        <translation>联系不上</translation>
    </message>
    <message>
        <source>Confirmed: really settled</source>
        <translation>确认已解决</translation>
    </message>
    <message>
        <source>Not settled: reopened</source>
        <translation>未解决，重新办理</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>已登记</translation>
    </message>
    <message>
        <source>With the responsible unit</source>
        <translation>责任单位办理中</translation>
    </message>
    <message>
        <source>The unit replied</source>
        <translation>责任单位已答复</translation>
    </message>
    <message>
        <source>Resolved, feedback due</source>
        <translation>已解决，待反馈</translation>
    </message>
    <message>
        <source>Could not be resolved, feedback due</source>
        <translation>无法解决，待反馈</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Recorded (接受登记)</source>
        <translation>接受登记</translation>
    </message>
    <message>
        <source>Assigned to a unit (分类处置)</source>
        <translation>分类处置</translation>
    </message>
    <message>
        <source>The unit&apos;s reply</source>
        <translation>责任单位答复</translation>
    </message>
    <message>
        <source>Resolved (办结)</source>
        <translation>办结</translation>
    </message>
    <message>
        <source>Could not be resolved</source>
        <translation>无法解决</translation>
    </message>
    <message>
        <source>Feedback to the citizen (评价反馈)</source>
        <translation>评价反馈</translation>
    </message>
    <message>
        <source>Spot check (抽查回访)</source>
        <translation>抽查回访</translation>
    </message>
    <message>
        <source>Sign in first: every entry and step of the register is signed.</source>
        <translation>请先登录：台账中的每条记录和每个办理环节都会记录操作人。</translation>
    </message>
    <message>
        <source>Say whether a person or an enterprise reported it.</source>
        <translation>请选择反映人是个人还是企业。</translation>
    </message>
    <message>
        <source>Enter the enterprise&apos;s name (at most 200 characters, no control characters).</source>
        <translation>请输入企业名称（最多200个字符，不能包含控制字符）。</translation>
    </message>
    <message>
        <source>Enter the citizen&apos;s name (at most 200 characters, no control characters).</source>
        <translation>请输入群众姓名（最多200个字符，不能包含控制字符）。</translation>
    </message>
    <message>
        <source>Enter an ID number, a credit code or a phone number, so the feedback reaches the person who reported it.</source>
        <translation>请输入证件号码、统一社会信用代码或联系电话，以便将结果反馈给反映人。</translation>
    </message>
    <message>
        <source>Describe what could not be done (at most 1000 characters, no control characters).</source>
        <translation>请描述办不成的事（最多1000个字符，不能包含控制字符）。</translation>
    </message>
    <message>
        <source>Choose the class of the problem.</source>
        <translation>请选择问题分类。</translation>
    </message>
    <message>
        <source>The responsible unit&apos;s name is too long or contains control characters.</source>
        <translation>责任单位名称过长或包含控制字符。</translation>
    </message>
    <message>
        <source>The deadline is 1 to %1 working days.</source>
        <translation>办理时限须为1至%1个工作日。</translation>
    </message>
    <message>
        <source>The data key is not loaded; personal data cannot be stored.</source>
        <translation>未加载数据密钥，无法保存个人信息。</translation>
    </message>
    <message>
        <source>That matter is not in the catalog.</source>
        <translation>事项目录中没有该事项。</translation>
    </message>
    <message>
        <source>That department is not in the catalog.</source>
        <translation>事项目录中没有该部门。</translation>
    </message>
    <message>
        <source>Write what was done or said (at most 1000 characters, no control characters).</source>
        <translation>请填写处理情况或答复内容（最多1000个字符，不能包含控制字符）。</translation>
    </message>
    <message>
        <source>Only a supervisor records a spot check.</source>
        <translation>只有大厅管理人员才能登记抽查回访。</translation>
    </message>
    <message>
        <source>Choose the responsible unit or write its name.</source>
        <translation>请选择责任单位或填写其名称。</translation>
    </message>
    <message>
        <source>Say how the citizen was told.</source>
        <translation>请选择反馈方式。</translation>
    </message>
    <message>
        <source>Say what the citizen answered.</source>
        <translation>请选择群众的反馈意见。</translation>
    </message>
    <message>
        <source>Say whether the matter is really settled.</source>
        <translation>请确认问题是否已真正解决。</translation>
    </message>
    <message>
        <source>There is no such entry in the register.</source>
        <translation>台账中没有该记录。</translation>
    </message>
    <message>
        <source>The entry is closed. A supervisor&apos;s spot check can reopen it.</source>
        <translation>该记录已结束。大厅管理人员抽查回访时可重新启动。</translation>
    </message>
    <message>
        <source>The entry is already concluded; give the citizen the feedback.</source>
        <translation>该记录已有办理结论，请向群众反馈。</translation>
    </message>
    <message>
        <source>Assign the entry to a unit before recording its reply.</source>
        <translation>请先将记录交办给责任单位，再登记其答复。</translation>
    </message>
    <message>
        <source>Record whether it was resolved before the feedback to the citizen.</source>
        <translation>向群众反馈前，请先登记是否已解决。</translation>
    </message>
    <message>
        <source>Only a closed entry is spot-checked.</source>
        <translation>只能对已结束的记录进行抽查回访。</translation>
    </message>
    <message>
        <source>This entry has already been spot-checked.</source>
        <translation>该记录已抽查回访过。</translation>
    </message>
    <message>
        <source>The data key is not loaded; personal data cannot be read.</source>
        <translation>未加载数据密钥，无法读取个人信息。</translation>
    </message>
</context>
<context>
    <name>yc::UnresolvedRegisterPage</name>
    <message>
        <source>Open</source>
        <translation>未结束</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>All, closed too</source>
        <translation>全部（含已结束）</translation>
    </message>
    <message>
        <source>Only what I recorded</source>
        <translation>只看我登记的</translation>
    </message>
    <message>
        <source>Every class</source>
        <translation>全部分类</translation>
    </message>
    <message>
        <source>Record new…</source>
        <translation>新登记…</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>登记日期</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>反映人</translation>
    </message>
    <message>
        <source>What could not be done</source>
        <translation>办不成事情况</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>问题分类</translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>答复期限</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Show full personal details</source>
        <translation>显示完整个人信息</translation>
    </message>
    <message>
        <source>The reading is recorded in the audit log.</source>
        <translation>查看操作将记入审计日志。</translation>
    </message>
    <message>
        <source>Another unit (write its name)</source>
        <translation>其他单位（请填写名称）</translation>
    </message>
    <message>
        <source>Name of a unit outside the catalog</source>
        <translation>目录外单位名称</translation>
    </message>
    <message>
        <source>Record step</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>下一环节</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <source>How</source>
        <translation>反馈方式</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>This month: %1 recorded, %2 closed (%3 on time), %4 overdue</source>
        <translation>本月：登记 %1 件，已结束 %2 件（按期 %3 件），超期 %4 件</translation>
    </message>
    <message>
        <source> · overdue</source>
        <translation> · 已超期</translation>
    </message>
    <message>
        <source>Past its deadline</source>
        <translation>已超期</translation>
    </message>
    <message>
        <source>Nothing in the register for this choice.</source>
        <translation>当前筛选条件下台账中没有记录。</translation>
    </message>
    <message>
        <source> (enterprise)</source>
        <translation>（企业）</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>证件号码</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>事项名称</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n working day(s) from recording)</source>
        <translation>
            <numerusform>%1（自登记起 %n 个工作日）</numerusform>
        </translation>
    </message>
    <message>
        <source>Spot check</source>
        <translation>抽查回访</translation>
    </message>
    <message>
        <source>History</source>
        <translation>办理记录</translation>
    </message>
    <message>
        <source>Assign to a unit (分类处置)</source>
        <translation>分类处置</translation>
    </message>
    <message>
        <source>Move to another unit</source>
        <translation>转交其他单位</translation>
    </message>
    <message>
        <source>What the unit is asked to do</source>
        <translation>交办要求</translation>
    </message>
    <message>
        <source>What the unit answered</source>
        <translation>责任单位答复内容</translation>
    </message>
    <message>
        <source>How it was resolved</source>
        <translation>解决情况</translation>
    </message>
    <message>
        <source>Why it cannot be resolved, and what the citizen can do instead</source>
        <translation>无法解决的原因及群众可采取的其他途径</translation>
    </message>
    <message>
        <source>What the citizen was told and said</source>
        <translation>反馈内容及群众意见</translation>
    </message>
    <message>
        <source>What the call back to the citizen found</source>
        <translation>回访情况</translation>
    </message>
    <message>
        <source>Choose an entry in the list.</source>
        <translation>请在列表中选择一条记录。</translation>
    </message>
    <message>
        <source>No further step: the entry is closed.</source>
        <translation>该记录已结束，没有后续环节。</translation>
    </message>
    <message>
        <source>Choose an entry first.</source>
        <translation>请先选择一条记录。</translation>
    </message>
    <message>
        <source>Recorded.</source>
        <translation>已登记。</translation>
    </message>
    <message>
        <source>Recorded as %1. Give the citizen this number; the answer is due by %2.</source>
        <translation>已登记，编号为 %1。请将此编号告知群众；答复期限为 %2。</translation>
    </message>
</context>
<context>
    <name>yc::WorkCalendar</name>
    <message>
        <source>The date of acceptance is missing.</source>
        <translation>缺少受理日期。</translation>
    </message>
    <message>
        <source>A time limit must be a whole number from 0 to 3650.</source>
        <translation>时限必须为0至3650之间的整数。</translation>
    </message>
    <message>
        <source>Unknown unit &quot;%1&quot; of a time limit (allowed: workday, day, month, year).</source>
        <translation>未知的时限单位“%1”（允许的取值：workday、day、month、year）。</translation>
    </message>
    <message>
        <source>A suspension of the time limit needs a start and an end that is not before it.</source>
        <translation>暂停计算时限须有开始日期，且结束日期不得早于开始日期。</translation>
    </message>
</context>
<context>
    <name>yc::announcer::Announcer</name>
    <message>
        <source>No speech engine with a Mandarin (zh_CN) voice is installed. Install one (for example speech-dispatcher with a Mandarin voice), or set announcer/voice=clips.</source>
        <translation>未安装带普通话（zh_CN）语音的语音合成引擎。请安装一个（例如带普通话语音的 speech-dispatcher），或设置 announcer/voice=clips。</translation>
    </message>
    <message>
        <source>The folder %1 for the announcements cannot be created. Check announcer/wav_dir.</source>
        <translation>无法创建语音播报文件夹 %1，请检查 announcer/wav_dir。</translation>
    </message>
</context>
<context>
    <name>yc::announcer::AnnouncerConfig</name>
    <message>
        <source>app/announcer/voice is &quot;%1&quot;; use auto, tts or clips.</source>
        <translation>app/announcer/voice 的值为“%1”，应为 auto、tts 或 clips。</translation>
    </message>
    <message>
        <source>app/announcer/output is &quot;%1&quot;; use audio or wav.</source>
        <translation>app/announcer/output 的值为“%1”，应为 audio 或 wav。</translation>
    </message>
    <message>
        <source>app/announcer/repeat must be a number from 1 to 5.</source>
        <translation>app/announcer/repeat 须为1至5之间的数字。</translation>
    </message>
    <message>
        <source>app/announcer/pause_ms must be a number of milliseconds from 0 to 10000.</source>
        <translation>app/announcer/pause_ms 须为0至10000之间的毫秒数。</translation>
    </message>
    <message>
        <source>app/announcer/chime_gap_ms must be a number of milliseconds from 0 to 10000.</source>
        <translation>app/announcer/chime_gap_ms 须为0至10000之间的毫秒数。</translation>
    </message>
    <message>
        <source>app/announcer/output is wav but announcer/wav_dir names no folder. Set the folder the announcements are written to.</source>
        <translation>app/announcer/output 为 wav，但 announcer/wav_dir 未指定文件夹。请设置播报文件的输出文件夹。</translation>
    </message>
    <message>
        <source>app/announcer/voice=tts can only play to a sound card. Use output=audio, or voice=clips for WAV files.</source>
        <translation>app/announcer/voice=tts 只能通过声卡播放。请设置 output=audio，或使用 voice=clips 输出 WAV 文件。</translation>
    </message>
</context>
<context>
    <name>yc::announcer::ClipBank</name>
    <message>
        <source>The voice clip %1 is at %2 Hz but the others are at %3 Hz. Record every clip at one sample rate.</source>
        <translation>语音片段 %1 的采样率为 %2 Hz，其他片段为 %3 Hz。请以同一采样率录制所有片段。</translation>
    </message>
    <message>
        <source>The voice clips in %1 are incomplete; missing: %2. Regenerate them with scripts/make-voice-clips.</source>
        <translation>%1 中的语音片段不完整，缺少：%2。请用 scripts/make-voice-clips 重新生成。</translation>
    </message>
</context>
<context>
    <name>yc::announcer::Phrasing</name>
    <message>
        <source>The announcement template &quot;%1&quot; has an unknown placeholder at &quot;%2&quot;. Use {ticket} and {window}.</source>
        <translation>播报模板“%1”在“%2”处有未知占位符。请使用 {ticket} 和 {window}。</translation>
    </message>
    <message>
        <source>The announcement template &quot;%1&quot; uses &quot;%2&quot;, for which there is no voice clip. Write it with these words only: %3, {ticket} and {window}; or use voice=tts.</source>
        <translation>播报模板“%1”使用了“%2”，但没有对应的语音片段。模板只能使用以下词语：%3、{ticket} 和 {window}；或改用 voice=tts。</translation>
    </message>
    <message>
        <source>The announcement template &quot;%1&quot; must contain both {ticket} and {window}.</source>
        <translation>播报模板“%1”必须同时包含 {ticket} 和 {window}。</translation>
    </message>
</context>
<context>
    <name>yc::announcer::SoundCardOutput</name>
    <message>
        <source>The sound card did not finish playing in time; it was stopped.</source>
        <translation>声卡未能按时播放完毕，已停止播放。</translation>
    </message>
    <message>
        <source>There is no sound card. Connect one, or set announcer/output=wav.</source>
        <translation>未找到声卡。请连接声卡，或设置 announcer/output=wav。</translation>
    </message>
    <message>
        <source>The sound card %1 cannot play mono 16-bit sound at %2 Hz.</source>
        <translation>声卡 %1 不支持以 %2 Hz 播放 16 位单声道音频。</translation>
    </message>
    <message>
        <source>The sound card reported an error (%1) while playing.</source>
        <translation>声卡在播放时报错（%1）。</translation>
    </message>
</context>
<context>
    <name>yc::announcer::TtsSpeaker</name>
    <message>
        <source>The speech engine did not finish the announcement in time; it was stopped.</source>
        <translation>语音合成引擎未能按时完成播报，已停止。</translation>
    </message>
    <message>
        <source>The speech engine failed: %1</source>
        <translation>语音合成引擎出错：%1</translation>
    </message>
</context>
<context>
    <name>yc::announcer::Wav</name>
    <message>
        <source>The sound file %1 cannot be used: %2. Regenerate it with scripts/make-voice-clips or record it as mono 16-bit PCM.</source>
        <translation>无法使用声音文件 %1：%2。请用 scripts/make-voice-clips 重新生成，或录制为 16 位单声道 PCM 格式。</translation>
    </message>
    <message>
        <source>it is not a WAV file</source>
        <translation>不是 WAV 文件</translation>
    </message>
    <message>
        <source>the file is cut short</source>
        <translation>文件不完整</translation>
    </message>
    <message>
        <source>the format chunk is too short</source>
        <translation>格式块过短</translation>
    </message>
    <message>
        <source>it is not mono 16-bit PCM (format %1, %2 channels, %3 bits)</source>
        <translation>不是 16 位单声道 PCM（格式 %1，%2 声道，%3 位）</translation>
    </message>
    <message>
        <source>the sample rate %1 Hz is not between 8000 and 48000</source>
        <translation>采样率 %1 Hz 不在 8000 至 48000 之间</translation>
    </message>
    <message>
        <source>the data comes before the format</source>
        <translation>数据块位于格式块之前</translation>
    </message>
    <message>
        <source>it holds no sound data</source>
        <translation>不含音频数据</translation>
    </message>
    <message>
        <source>The sound file %1 cannot be read: %2.</source>
        <translation>无法读取声音文件 %1：%2。</translation>
    </message>
    <message>
        <source>The announcement could not be written to %1: %2. Check that the folder exists and has room.</source>
        <translation>无法将播报写入 %1：%2。请检查该文件夹是否存在且空间充足。</translation>
    </message>
</context>
<context>
    <name>yc::announcer::WavFolderOutput</name>
    <message>
        <source>The folder %1 for the announcements cannot be created.</source>
        <translation>无法创建语音播报文件夹 %1。</translation>
    </message>
</context>
<context>
    <name>yc::capture::CapturePipeline</name>
    <message>
        <source>The page is empty. Capture it again.</source>
        <translation>该页为空，请重新采集。</translation>
    </message>
    <message>
        <source>This file is neither a picture nor a PDF document. Choose a JPEG, PNG, TIFF or PDF file.</source>
        <translation>该文件既不是图片，也不是 PDF 文档。请选择 JPEG、PNG、TIFF 或 PDF 文件。</translation>
    </message>
    <message>
        <source>A picture in this file has %1 × %2 pixels, more than can be attached.</source>
        <translation>该文件中有图片尺寸为%1 × %2像素，超出可添加的上限。</translation>
    </message>
    <message>
        <source>Page %1 of this file is damaged and cannot be read (%2). Nothing was added.</source>
        <translation>该文件第%1页已损坏，无法读取（%2），未添加任何内容。</translation>
    </message>
</context>
<context>
    <name>yc::capture::CaptureSession</name>
    <message>
        <source>%1: %2</source>
        <comment>material: what is wrong</comment>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>yc::capture::MaterialSlot</name>
    <message numerus="yes">
        <source>PDF document, %n page(s)</source>
        <translation>
            <numerusform>PDF 文档，共%n页</numerusform>
        </translation>
    </message>
    <message>
        <source>This material is an imported PDF document. Remove it first to capture pages instead.</source>
        <translation>该材料为导入的 PDF 文档。如需改为采集页面，请先将其移除。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>无法读取文件 %1。</translation>
    </message>
    <message>
        <source>This material already has pages. Remove them first, or attach the PDF document to another material.</source>
        <translation>该材料已有采集的页面。请先移除这些页面，或将该 PDF 文档添加到其他材料。</translation>
    </message>
    <message>
        <source>This material is an imported PDF document. Remove it first to add pictures instead.</source>
        <translation>该材料为导入的 PDF 文档。如需改为添加图片，请先将其移除。</translation>
    </message>
    <message>
        <source>Choose a captured page to turn.</source>
        <translation>请选择要旋转的已采集页面。</translation>
    </message>
    <message>
        <source>Choose the page with the front of the ID card; the back must be the page after it.</source>
        <translation>请选中身份证正面那一页；反面须是紧接着的下一页。</translation>
    </message>
</context>
<context>
    <name>yc::capture::PageCodec</name>
    <message>
        <source>The page is empty. Capture it again.</source>
        <translation>该页为空，请重新采集。</translation>
    </message>
    <message>
        <source>The page could not be compressed (%1).</source>
        <translation>无法压缩该页（%1）。</translation>
    </message>
    <message>
        <source>The material has no pages yet.</source>
        <translation>该材料还没有任何页面。</translation>
    </message>
    <message>
        <source>Page %1 could not be put into the PDF (unsupported JPEG).</source>
        <translation>无法将第%1页写入 PDF（不支持该 JPEG 格式）。</translation>
    </message>
    <message>
        <source>Page %1 could not be put into the PDF.</source>
        <translation>无法将第%1页写入 PDF。</translation>
    </message>
</context>
<context>
    <name>yc::devices::CameraText</name>
    <message>
        <source>No document camera was found. Check that it is plugged in, then open it again.</source>
        <translation>未找到高拍仪。请检查高拍仪是否已连接，然后重新打开。</translation>
    </message>
    <message>
        <source>The document camera stopped working (%1). Unplug it, plug it in again and reopen it.</source>
        <translation>高拍仪已停止工作（%1）。请拔下后重新插上，再重新打开。</translation>
    </message>
    <message>
        <source>The picture could not be taken (%1). Try again.</source>
        <translation>拍摄失败（%1），请重试。</translation>
    </message>
</context>
<context>
    <name>yc::devices::ReaderTexts</name>
    <message>
        <source>No ID card reader found. Check that the reader is plugged in and switched on; the data can also be typed in by hand.</source>
        <translation>未找到身份证读卡器。请检查读卡器是否已连接并接通电源；也可以手工录入证件信息。</translation>
    </message>
    <message>
        <source>The card was read but the read could not be recorded in the audit log, so its data is not shown. Call technical support.</source>
        <translation>已读取证件，但读卡记录无法写入审计日志，因此不显示证件信息。请联系技术支持。</translation>
    </message>
    <message>
        <source>Place the ID card on the reader.</source>
        <translation>请将身份证放到读卡器上。</translation>
    </message>
    <message>
        <source>Reading the card; keep it still on the reader.</source>
        <translation>正在读卡，请保持证件在读卡器上不要移动。</translation>
    </message>
    <message>
        <source>The card has been read. Remove it to read another.</source>
        <translation>读卡成功。如需读取其他证件，请先取走当前证件。</translation>
    </message>
    <message>
        <source>The card reader did not deliver the card photo. Compare the person with the photo printed on the card.</source>
        <translation>读卡器未返回证件照片。请将本人与证件上印制的照片进行比对。</translation>
    </message>
    <message>
        <source>The photo cannot be shown: no licensed photo decoder from the card reader&apos;s vendor is installed. Compare the person with the photo printed on the card.</source>
        <translation>无法显示照片：未安装读卡器厂商授权的照片解码库。请将本人与证件上印制的照片进行比对。</translation>
    </message>
    <message>
        <source>The vendor&apos;s photo decoder could not decode the card photo (code %1). Compare the person with the photo printed on the card.</source>
        <translation>厂商照片解码库无法解码证件照片（错误码 %1）。请将本人与证件上印制的照片进行比对。</translation>
    </message>
    <message>
        <source>The card reader did not answer; check that it is plugged in and switched on.</source>
        <translation>读卡器无响应，请检查读卡器是否已连接并接通电源。</translation>
    </message>
    <message>
        <source>The card reader&apos;s answer arrived damaged or incomplete; place the card again. If this keeps happening, check the reader cable.</source>
        <translation>读卡器返回的数据已损坏或不完整，请重新放置证件。如反复出现此问题，请检查读卡器连接线。</translation>
    </message>
    <message>
        <source>No serial port found for an ID card reader; check that the reader is plugged in.</source>
        <translation>未找到可连接身份证读卡器的串口，请检查读卡器是否已连接。</translation>
    </message>
    <message>
        <source>No ID card reader answered on the serial ports (%1); check that it is plugged in and switched on.</source>
        <translation>串口（%1）上没有身份证读卡器响应，请检查读卡器是否已连接并接通电源。</translation>
    </message>
    <message>
        <source>The port %1 cannot be opened.</source>
        <translation>无法打开端口 %1。</translation>
    </message>
    <message>
        <source>The card reader is not connected.</source>
        <translation>读卡器未连接。</translation>
    </message>
    <message>
        <source>The card reader cannot be written to; check the cable.</source>
        <translation>无法向读卡器发送数据，请检查连接线。</translation>
    </message>
    <message>
        <source>The connection to the card reader was lost (%1).</source>
        <translation>与读卡器的连接已断开（%1）。</translation>
    </message>
    <message>
        <source>The %1 card reader library is not installed.</source>
        <translation>未安装 %1 读卡器接口库。</translation>
    </message>
    <message>
        <source>The %1 card reader library found no reader; check that the reader is plugged in and switched on.</source>
        <translation>%1 读卡器接口库未找到读卡器，请检查读卡器是否已连接并接通电源。</translation>
    </message>
    <message>
        <source>The card reader library returned card data of an unexpected size; place the card again.</source>
        <translation>读卡器接口库返回的证件数据长度异常，请重新放置证件。</translation>
    </message>
    <message>
        <source>The termb card reader library needs GB 18030 text support, which this installation lacks.</source>
        <translation>termb 读卡器接口库需要 GB 18030 编码支持，但当前安装的程序缺少该支持。</translation>
    </message>
</context>
<context>
    <name>yc::devices::ScannerText</name>
    <message>
        <source>No scanner was found. Check that it is switched on and its cable is plugged in, then look for scanners again.</source>
        <translation>未找到扫描仪。请检查扫描仪是否已开机、连接线是否已插好，然后重新查找扫描仪。</translation>
    </message>
    <message>
        <source>The scanner %1 is not connected or is switched off. Switch it on, or choose another scanner.</source>
        <translation>扫描仪 %1 未连接或未开机。请打开扫描仪，或选择其他扫描仪。</translation>
    </message>
    <message>
        <source>The document feeder is empty. Put the pages in the feeder and scan again.</source>
        <translation>自动进纸器中没有纸张。请将材料放入进纸器后重新扫描。</translation>
    </message>
    <message>
        <source>This scanner has no document feeder. Scan the pages one by one on the glass.</source>
        <translation>该扫描仪没有自动进纸器，请将材料逐页放在玻璃稿台上扫描。</translation>
    </message>
    <message>
        <source>Paper jammed in the scanner. Open the feeder, take the sheet out carefully, and scan again from that page.</source>
        <translation>扫描仪卡纸。请打开进纸器，小心取出卡住的纸张，然后从该页开始重新扫描。</translation>
    </message>
    <message>
        <source>The scanner cover is open. Close it and scan again.</source>
        <translation>扫描仪盖板未合上，请合上后重新扫描。</translation>
    </message>
    <message>
        <source>The scanner is busy, perhaps used by another program. Wait a moment and scan again.</source>
        <translation>扫描仪正忙，可能正被其他程序使用。请稍候再重新扫描。</translation>
    </message>
    <message>
        <source>The scanner stopped answering. Check its cable and power, then scan again.</source>
        <translation>扫描仪无响应。请检查连接线和电源，然后重新扫描。</translation>
    </message>
    <message>
        <source>This computer account may not use the scanner. Ask the administrator to give it access.</source>
        <translation>当前计算机账户无权使用扫描仪，请联系系统管理员开通权限。</translation>
    </message>
    <message>
        <source>Not enough memory for this scan. Scan at a lower resolution or fewer pages at a time.</source>
        <translation>内存不足，无法完成本次扫描。请降低分辨率或减少每次扫描的页数。</translation>
    </message>
    <message>
        <source>The scanner delivered a picture this program cannot read (%1). Choose colour or grey and scan again.</source>
        <translation>扫描仪返回的图像本程序无法读取（%1）。请选择彩色或灰度模式后重新扫描。</translation>
    </message>
    <message>
        <source>The scan failed (%1). Scan again.</source>
        <translation>扫描失败（%1），请重新扫描。</translation>
    </message>
</context>
<context>
    <name>yc::display::DisplayRoutes</name>
    <message>
        <source>The display page is incomplete in this build of halld.</source>
        <translation>本版本 halld 的显示屏页面不完整。</translation>
    </message>
    <message>
        <source>The width is the number of Chinese characters the strip shows, from 4 to 32 (usually 8 or 12).</source>
        <translation>宽度为条屏显示的汉字个数，取值4至32（通常为8或12）。</translation>
    </message>
    <message>
        <source>The hall service cannot read the queue right now: %1</source>
        <translation>大厅服务暂时无法读取排队队列：%1</translation>
    </message>
    <message>
        <source>There is no window %1 in this hall. Use /led/&lt;window number&gt; with a window number the hall has.</source>
        <translation>本大厅没有%1号窗口。请使用 /led/&lt;窗口号&gt;，窗口号须为本大厅已有的窗口。</translation>
    </message>
    <message>
        <source>The display feed is a WebSocket: open ws://&lt;this host and port&gt;/display/feed.</source>
        <translation>显示数据源为 WebSocket：请打开 ws://&lt;本机地址和端口&gt;/display/feed。</translation>
    </message>
</context>
<context>
    <name>yc::idcard::CardTextTexts</name>
    <message>
        <source>The card reader returned card data of an unexpected size; place the card again.</source>
        <translation>读卡器返回的证件数据长度异常，请重新放置证件。</translation>
    </message>
    <message>
        <source>The card is of a kind this program cannot read; enter the data by hand.</source>
        <translation>本程序无法识别该类证件，请手工录入证件信息。</translation>
    </message>
</context>
<context>
    <name>yc::idcard::CardTexts</name>
    <message>
        <source>The card data failed a check: %1 Place the card on the reader again; if it fails again, check the card by eye and enter the data by hand.</source>
        <translation>证件信息校验未通过：%1请将证件重新放到读卡器上；如仍未通过，请目视核对证件并手工录入信息。</translation>
    </message>
    <message>
        <source>Resident ID card</source>
        <translation>居民身份证</translation>
    </message>
    <message>
        <source>Residence permit for Hong Kong, Macao and Taiwan residents</source>
        <translation>港澳台居民居住证</translation>
    </message>
    <message>
        <source>Foreign permanent resident ID card (2017)</source>
        <translation>外国人永久居留身份证（2017年版）</translation>
    </message>
    <message>
        <source>Foreign permanent resident ID card (2023)</source>
        <translation>外国人永久居留身份证（2023年版）</translation>
    </message>
    <message>
        <source>a field holds control characters.</source>
        <translation>有字段包含控制字符。</translation>
    </message>
    <message>
        <source>the name is empty.</source>
        <translation>姓名为空。</translation>
    </message>
    <message>
        <source>the gender code is not one of 0, 1, 2 or 9.</source>
        <translation>性别代码不是0、1、2、9中的一个。</translation>
    </message>
    <message>
        <source>the date of birth is not a real date.</source>
        <translation>出生日期不是有效日期。</translation>
    </message>
    <message>
        <source>the number does not belong to this kind of card.</source>
        <translation>证件号码与证件类型不符。</translation>
    </message>
    <message>
        <source>the date of birth differs from the one in the number.</source>
        <translation>出生日期与证件号码中的出生日期不一致。</translation>
    </message>
    <message>
        <source>the gender differs from the one in the number.</source>
        <translation>性别与证件号码中的性别不一致。</translation>
    </message>
    <message>
        <source>The card&apos;s ethnic group code &quot;%1&quot; is not in the national table; check the card by eye.</source>
        <translation>证件上的民族代码“%1”不在国家标准民族代码表中，请目视核对证件。</translation>
    </message>
    <message>
        <source>the start of validity is not a real date.</source>
        <translation>有效期起始日期不是有效日期。</translation>
    </message>
    <message>
        <source>the end of validity is not a real date.</source>
        <translation>有效期截止日期不是有效日期。</translation>
    </message>
    <message>
        <source>This card expired on %1. An expired card does not prove identity; ask for a valid card or a temporary ID card.</source>
        <translation>该证件已于%1过期。过期证件不能证明身份，请申请人出示有效证件或临时居民身份证。</translation>
    </message>
</context>
<context>
    <name>yc::idcard::FrameTexts</name>
    <message>
        <source>The reader sent a command that is too short.</source>
        <translation>读卡器命令长度过短。</translation>
    </message>
    <message>
        <source>The card reader sent a reply that is too short.</source>
        <translation>读卡器返回的应答长度过短。</translation>
    </message>
    <message>
        <source>The card reader returned card data of an unexpected size; place the card again.</source>
        <translation>读卡器返回的证件数据长度异常，请重新放置证件。</translation>
    </message>
</context>
<context>
    <name>yc::idcard::SamStatusTexts</name>
    <message>
        <source>The card reader completed the operation.</source>
        <translation>读卡器操作成功。</translation>
    </message>
    <message>
        <source>The card holds no data for this item.</source>
        <translation>无此项内容：证件中没有该项信息。</translation>
    </message>
    <message>
        <source>A card is on the reader.</source>
        <translation>寻卡成功：读卡器上已放卡。</translation>
    </message>
    <message>
        <source>The card reader received a damaged command; check the reader cable.</source>
        <translation>校验和错误：读卡器收到的命令已损坏，请检查读卡器连接线。</translation>
    </message>
    <message>
        <source>The card reader received an incomplete command; check the reader cable.</source>
        <translation>长度错误：读卡器收到的命令不完整，请检查读卡器连接线。</translation>
    </message>
    <message>
        <source>The card reader refused a command; the reader may not support this program.</source>
        <translation>命令错误：读卡器拒绝执行该命令，该读卡器可能不支持本程序。</translation>
    </message>
    <message>
        <source>The card reader refused an operation it is not permitted to do.</source>
        <translation>越权操作：读卡器拒绝执行未经授权的操作。</translation>
    </message>
    <message>
        <source>The card reader reported an unknown error; try again.</source>
        <translation>读卡器报告无法识别的错误，请重试。</translation>
    </message>
    <message>
        <source>The card could not authenticate the reader; place the card again.</source>
        <translation>证卡认证机具失败，请重新放置证件。</translation>
    </message>
    <message>
        <source>The reader could not authenticate the card; the card may be damaged or not genuine. Check it by eye.</source>
        <translation>机具认证证卡失败：证件可能已损坏或并非真实证件，请目视核对。</translation>
    </message>
    <message>
        <source>The data on the card failed verification; the card may be damaged or not genuine. Check it by eye.</source>
        <translation>信息验证错误：证件可能已损坏或并非真实证件，请目视核对。</translation>
    </message>
    <message>
        <source>This is not a card the reader knows; place a resident ID card or a residence card.</source>
        <translation>无法识别的卡类型，请放置居民身份证或居住证。</translation>
    </message>
    <message>
        <source>Reading the card failed; keep the card still on the reader and try again.</source>
        <translation>读卡失败，请将证件平稳放在读卡器上后重试。</translation>
    </message>
    <message>
        <source>The card did not answer the reader in time; place the card again.</source>
        <translation>取随机数失败：证件未及时响应读卡器，请重新放置证件。</translation>
    </message>
    <message>
        <source>The security module of the card reader failed its self-test; restart the reader or call technical support.</source>
        <translation>SAM 模块自检失败，请重启读卡器或联系技术支持。</translation>
    </message>
    <message>
        <source>The security module of the card reader is not authorised; call technical support.</source>
        <translation>SAM 模块未经授权，请联系技术支持。</translation>
    </message>
    <message>
        <source>No card on the reader.</source>
        <translation>寻卡失败：读卡器上未放卡。</translation>
    </message>
    <message>
        <source>The card could not be selected; place the card flat on the reader.</source>
        <translation>选卡失败，请将证件平放在读卡器上。</translation>
    </message>
    <message>
        <source>The card reader reported error 0x%1; try again, or call technical support if it persists.</source>
        <translation>读卡器返回错误码 0x%1，请重试；如问题持续存在，请联系技术支持。</translation>
    </message>
</context>
<context>
    <name>yc::identity::IdentityChecks</name>
    <message>
        <source>The date of birth in the ID number is not a real date; please read the number again from the card.</source>
        <translation>证件号码中的出生日期不是有效日期，请对照证件重新核对号码。</translation>
    </message>
    <message>
        <source>An ID number has 18 characters (15 on a first-generation card or an older foreign permanent resident card).</source>
        <translation>证件号码应为18位（第一代居民身份证或旧版外国人永久居留身份证为15位）。</translation>
    </message>
    <message>
        <source>The ID number may only contain digits, with an X possibly as the last character.</source>
        <translation>证件号码只能由数字组成，最后一位可以是X。</translation>
    </message>
    <message>
        <source>The ID number starts with a region code that does not exist; please read it again from the card.</source>
        <translation>证件号码开头的行政区划代码不存在，请对照证件重新核对。</translation>
    </message>
    <message>
        <source>The date of birth in the ID number is before 1900; please read the number again from the card.</source>
        <translation>证件号码中的出生日期早于1900年，请对照证件重新核对号码。</translation>
    </message>
    <message>
        <source>The date of birth in the ID number lies in the future; please read the number again from the card.</source>
        <translation>证件号码中的出生日期晚于今天，请对照证件重新核对号码。</translation>
    </message>
    <message>
        <source>The ID number fails its check digit; please read it again from the card.</source>
        <translation>证件号码校验位不正确，请对照证件重新核对。</translation>
    </message>
    <message>
        <source>A 15-character ID number is either 15 digits or, on an older foreign permanent resident card, 3 letters and 12 digits.</source>
        <translation>15位证件号码应为15位数字；旧版外国人永久居留身份证为3位字母加12位数字。</translation>
    </message>
    <message>
        <source>Enter the ID number.</source>
        <translation>请输入证件号码。</translation>
    </message>
    <message>
        <source>A unified social credit code has 18 characters.</source>
        <translation>统一社会信用代码应为18位。</translation>
    </message>
    <message>
        <source>Enter the unified social credit code.</source>
        <translation>请输入统一社会信用代码。</translation>
    </message>
    <message>
        <source>A unified social credit code has only digits and capital letters, and never the letters I, O, Z, S or V.</source>
        <translation>统一社会信用代码只能由数字和大写字母组成，且不含字母I、O、Z、S、V。</translation>
    </message>
    <message>
        <source>The unified social credit code fails its check character; please read it again from the licence.</source>
        <translation>统一社会信用代码校验码不正确，请对照证照重新核对。</translation>
    </message>
    <message>
        <source>The first character of the unified social credit code names no registration authority; please read it again from the licence.</source>
        <translation>统一社会信用代码第1位不是有效的登记管理部门代码，请对照证照重新核对。</translation>
    </message>
    <message>
        <source>The second character of the unified social credit code is not an institution category of its registration authority; please read it again from the licence.</source>
        <translation>统一社会信用代码第2位不是该登记管理部门的机构类别代码，请对照证照重新核对。</translation>
    </message>
    <message>
        <source>Characters 3 to 8 of the unified social credit code are the region code and must be digits.</source>
        <translation>统一社会信用代码第3至8位为行政区划代码，必须为数字。</translation>
    </message>
    <message>
        <source>This is neither a mainland mobile number (11 digits starting with 13 to 19) nor a landline with its area code (such as 010-62345678).</source>
        <translation>该号码既不是内地手机号码（以13至19开头的11位数字），也不是带区号的固定电话号码（如010-62345678）。</translation>
    </message>
    <message>
        <source>Enter the phone number.</source>
        <translation>请输入联系电话。</translation>
    </message>
    <message>
        <source>A phone number may only contain digits, spaces, dashes, brackets, a leading + and an extension.</source>
        <translation>电话号码只能包含数字、空格、短横线、括号、开头的“+”以及分机号。</translation>
    </message>
</context>
<context>
    <name>yc::indicators</name>
    <message>
        <source>The period is empty: its end is not after its start.</source>
        <translation>统计期间为空：结束时间不晚于开始时间。</translation>
    </message>
    <message>
        <source>Whole hall</source>
        <translation>全厅</translation>
    </message>
    <message>
        <source>Active evaluation rate (%)</source>
        <translation>主动评价率（%）</translation>
    </message>
    <message>
        <source>Bad reviews rectified (%)</source>
        <translation>差评整改率（%）</translation>
    </message>
    <message>
        <source>Instant cases (%)</source>
        <translation>即办件占比（%）</translation>
    </message>
    <message>
        <source>Committed limit shorter than legal (%)</source>
        <translation>承诺时限压缩比（%）</translation>
    </message>
    <message>
        <source>Taken at comprehensive windows (%)</source>
        <translation>综合窗口通办比例（%）</translation>
    </message>
    <message>
        <source>At most one trip (%)</source>
        <translation>最多跑一次率（%）</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>窗口</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>工作人员</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Matter</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>办件量</translation>
    </message>
    <message>
        <source>Tickets served</source>
        <translation>服务票数</translation>
    </message>
    <message>
        <source>Bad reviews</source>
        <translation>差评数</translation>
    </message>
    <message>
        <source>Average wait (min)</source>
        <translation>平均等候（分钟）</translation>
    </message>
    <message>
        <source>Longest wait (min)</source>
        <translation>最长等候（分钟）</translation>
    </message>
    <message>
        <source>Average service (min)</source>
        <translation>平均办理（分钟）</translation>
    </message>
    <message>
        <source>Proxy cases opened</source>
        <translation>帮办代办新增</translation>
    </message>
    <message>
        <source>Proxy cases finished</source>
        <translation>帮办代办办结</translation>
    </message>
    <message>
        <source>Proxy cases overdue</source>
        <translation>帮办代办逾期</translation>
    </message>
    <message>
        <source>The window score rule is not valid at &quot;%1&quot;: expected a number of 0 or more for a known indicator.</source>
        <translation>窗口效能积分规则在“%1”处无效：应为已知指标的、不小于 0 的数值。</translation>
    </message>
</context>
<context>
    <name>yc::platform::Tls</name>
    <message>
        <source>Cannot read the %1 file &quot;%2&quot;; check the platform settings.</source>
        <translation>无法读取 %1 文件“%2”，请检查省级平台设置。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no PEM certificate; the platform&apos;s CA certificate is needed.</source>
        <translation>“%1”中没有 PEM 格式的证书；此处需要省级平台的 CA 证书。</translation>
    </message>
    <message>
        <source>The certificate &quot;%1&quot; or the key &quot;%2&quot; cannot be read.</source>
        <translation>无法读取证书“%1”或私钥“%2”。</translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation>CA 证书</translation>
    </message>
    <message>
        <source>certificate</source>
        <translation>证书</translation>
    </message>
    <message>
        <source>private key</source>
        <translation>私钥</translation>
    </message>
</context>
<context>
    <name>yc::queue::QueueEngine</name>
    <message>
        <source>There is no such ticket. Refresh the queue and try again.</source>
        <translation>该票号不存在，请刷新排队队列后重试。</translation>
    </message>
    <message>
        <source>Ticket %1 is not open at your window (it is %2). Refresh the queue and try again.</source>
        <translation>票号 %1 不在您的窗口办理中（当前状态：%2），请刷新排队队列后重试。</translation>
    </message>
    <message>
        <source>Window %1 is not set up in this hall. Ask the administrator to add it, or sign in at another window.</source>
        <translation>本大厅未设置%1号窗口。请联系系统管理员添加，或在其他窗口登录。</translation>
    </message>
    <message>
        <source>Ticket %1 is still open at your window. Finish, transfer or hold it first.</source>
        <translation>票号 %1 仍在您的窗口办理中，请先办结、转移或挂起。</translation>
    </message>
    <message>
        <source>Ticket %1 was changed at another window meanwhile. Refresh the queue and try again.</source>
        <translation>票号 %1 刚刚已被其他窗口处理，请刷新排队队列后重试。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a priority group.</source>
        <translation>“%1”不是有效的优先群体。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a help-with-the-process mode.</source>
        <translation>“%1”不是有效的帮办代办方式。</translation>
    </message>
    <message>
        <source>There is no open business line %1. Choose another line.</source>
        <translation>业务类型 %1 不存在或未开放，请选择其他业务类型。</translation>
    </message>
    <message>
        <source>The line %1 (%2) gives tickets from %3 to %4. Come back then.</source>
        <translation>业务类型 %1（%2）的取号时间为 %3 至 %4，请在该时段内取号。</translation>
    </message>
    <message>
        <source>This database has no hall yet. Set the hall up first.</source>
        <translation>该数据库尚未设置大厅，请先设置大厅信息。</translation>
    </message>
    <message>
        <source>The line %1 (%2) has given all %3 tickets of today. Book an appointment for another day.</source>
        <translation>业务类型 %1（%2）今日%3个号已全部取完，请预约其他日期办理。</translation>
    </message>
    <message>
        <source>Window %1 is paused. Resume the window before calling.</source>
        <translation>%1号窗口已暂停服务，请先恢复服务再叫号。</translation>
    </message>
    <message>
        <source>No one is waiting for the lines of window %1.</source>
        <translation>%1号窗口所办理的业务类型当前无人等候。</translation>
    </message>
    <message>
        <source>Ticket %1 is no longer waiting (it is %2). Refresh the queue.</source>
        <translation>票号 %1 已不在等候中（当前状态：%2），请刷新排队队列。</translation>
    </message>
    <message>
        <source>Ticket %1 did not miss its call (it is %2).</source>
        <translation>票号 %1 并未过号（当前状态：%2）。</translation>
    </message>
    <message>
        <source>Ticket %1 missed its call more than %2 minutes ago. Issue a new ticket.</source>
        <translation>票号 %1 过号已超过%2分钟，请重新取号。</translation>
    </message>
    <message>
        <source>Ticket %1 is %2 at another window and cannot be transferred from here.</source>
        <translation>票号 %1 正在其他窗口处理（当前状态：%2），无法从本窗口转移。</translation>
    </message>
    <message>
        <source>Ticket %1 is not on hold (it is %2).</source>
        <translation>票号 %1 未处于挂起状态（当前状态：%2）。</translation>
    </message>
    <message>
        <source>The case number is too long (64 characters at most).</source>
        <translation>办件编号过长（最多64个字符）。</translation>
    </message>
    <message>
        <source>Only a supervisor can move a ticket to the top of the queue.</source>
        <translation>只有大厅管理人员才能将票号置顶。</translation>
    </message>
    <message>
        <source>Give the reason for moving the ticket to the top; it is recorded.</source>
        <translation>请填写置顶原因，该原因将被记录在案。</translation>
    </message>
    <message>
        <source>Only a supervisor can change which lines a window serves.</source>
        <translation>只有大厅管理人员才能调整窗口办理的业务类型。</translation>
    </message>
    <message>
        <source>Line %1 with weight %2 cannot be assigned; weights go from 1 to 100.</source>
        <translation>无法分配业务类型 %1（权重 %2）：权重须在1至100之间。</translation>
    </message>
    <message>
        <source>Give the reason for pausing the window; the hall display shows it.</source>
        <translation>请填写暂停服务的原因，该原因将在大厅显示屏上显示。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an appointment source.</source>
        <translation>“%1”不是有效的预约渠道。</translation>
    </message>
    <message>
        <source>The appointment needs a time slot whose end is after its start.</source>
        <translation>预约时段的结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <source>There is no such appointment. Check the booking or issue a ticket instead.</source>
        <translation>未找到该预约。请核对预约信息，或直接取号。</translation>
    </message>
    <message>
        <source>This appointment is %1 and cannot be checked in. Issue a ticket instead.</source>
        <translation>该预约当前状态为 %1，无法签到，请直接取号。</translation>
    </message>
    <message>
        <source>This appointment is for %1 at %2, not now. Issue a ticket or book again.</source>
        <translation>该预约时间为 %1 %2，不在当前时段。请直接取号或重新预约。</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>等候中</translation>
    </message>
    <message>
        <source>called</source>
        <translation>已叫号</translation>
    </message>
    <message>
        <source>being served</source>
        <translation>办理中</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>已挂起</translation>
    </message>
    <message>
        <source>finished</source>
        <translation>已办结</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>已过号</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>checked in</source>
        <translation>已签到</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a reason for help with the process.</source>
        <translation>“%1”不是有效的帮办代办原因。</translation>
    </message>
</context>
</TS>
