<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>yc::AdminPage</name>
    <message>
        <source>Staff accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hall and windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hall name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hall code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save hall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to run this PC on its own (standalone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window number of this PC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after inactivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hall service address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window number and the hall service address take effect at the next start. Settings file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matter catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a catalog file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report of the last import appears here: what was added, what was unchanged, and every record that was skipped with its position in the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog version %1 with %2 matters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a catalog file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working-day calendar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::ApplicantForm</name>
    <message>
        <source>Natural person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident ID card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residence permit for Hong Kong, Macao and Taiwan residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign permanent resident ID card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Household register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full registered name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number is valid.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::AttachmentCheck</name>
    <message>
        <source>The file is empty. Scan or choose it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The material is %1; at most %2 can be attached. Scan it at a lower resolution or in black and white, or split it into several materials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture is cut off (the JPEG file has no end). Scan it again or copy the file again from its source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a JPEG or PNG picture. Attach pictures, or PDF documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture is damaged and cannot be read. Scan it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture has %1 × %2 pixels, more than can be attached. Scan it at a lower resolution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture is damaged and cannot be read (%1). Scan it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF document is damaged or cut off and cannot be attached. Copy it again from its source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a PDF document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF document could not be checked: no room for a temporary copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF document is protected by a password. Ask the applicant for a copy without a password, or scan the paper.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::AttachmentStore</name>
    <message>
        <source>The material could not be saved in %1. Check that the disk has room and the folder can be written, then save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored file of this material is missing. Capture the material again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case has no such material. Reopen the case and choose the material again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The material was not saved correctly (the copy on disk differs). Check the disk, then save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This material file no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored file of this material does not match what was attached. Capture the material again and tell the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::BadReviewOrders</name>
    <message>
        <source>Write what was found, said or done (at most 500 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a supervisor decides an appeal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such work order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The work order is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appeal is waiting for a supervisor&apos;s decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the rectification or the explanation before the feedback to the citizen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This review has already been appealed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no appeal to decide.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::BadReviewsPage</name>
    <message>
        <source>Case or ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the citizen said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified (核实)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Called the citizen back (回访)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectified (整改)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explained (解释说明)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fed back to the citizen — closes (反馈)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal: mistaken or malicious review (申诉)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal upheld (supervisor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appeal rejected (supervisor)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was found, said or done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show closed orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps so far:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>called back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>being rectified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appeal waiting for decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appeal upheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appeal rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very dissatisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · escalated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past its deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No work orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open work orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a work order first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rectified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>explained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fed back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>appeal decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>escalated to the supervisor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::CalendarRepository</name>
    <message>
        <source>The calendar file is not a JSON object (%1 at offset %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a calendar file of version 1 (format &quot;yichuang-calendar&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar file has no &quot;years&quot; object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a four-digit year with a &quot;days&quot; list is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;date&quot; must be a real date of %2 as yyyy-MM-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;kind&quot; must be &quot;holiday&quot; or &quot;workday&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is a weekday; only a Saturday or Sunday can be a make-up working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;name&quot; must have at most %2 characters and no control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calendar file has problems:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in holiday calendar is missing from this program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a valid date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A day can be made a holiday, a working day or a normal day, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a weekday and already a working day; only a Saturday or Sunday can be made a working day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of the day may have at most %1 characters and no control characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::CalendarTab</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holiday (no work)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working day on a weekend (调休)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal day (remove the exception)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 国庆节</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekends are days off and Monday to Friday working days unless listed here. Due dates of new cases use the calendar at once; cases already accepted keep their date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working day (调休)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::CallingPanel</name>
    <message>
        <source>Offline – reconnecting to the hall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to the hall…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out of the hall – sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to the hall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call next (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recall (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-show (F4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer… (F6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold (F7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish (F8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause window… (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This window is paused. Press F9 to open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This window is paused: %1. Press F9 to open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume window (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ticket at this window. Press F2 to call the next citizen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · recalled %n time(s)</source>
        <translation>
            <numerusform>%1 · recalled %n time</numerusform>
            <numerusform>%1 · recalled %n times</numerusform>
        </translation>
    </message>
    <message>
        <source>Priority: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Waited %n minute(s) since the ticket was issued</source>
        <translation>
            <numerusform>Waited %n minute since the ticket was issued</numerusform>
            <numerusform>Waited %n minutes since the ticket was issued</numerusform>
        </translation>
    </message>
    <message>
        <source>Citizen: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>%n waiting</numerusform>
            <numerusform>%n waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting, %1 on hold here</source>
        <translation>
            <numerusform>%n waiting, %1 on hold here</numerusform>
            <numerusform>%n waiting, %1 on hold here</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume (F7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recalled too often: the ticket is now a no-show. The citizen can be put back in the queue if they come back in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ticket is open at this window, so there is nothing to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause window %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the window pausing? (e.g. break, meeting, system fault)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a reason to pause the window; the supervisor sees it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help with the process… (F10)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::CameraPreview</name>
    <message>
        <source>Waiting for the camera picture…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::CaseDocumentSource</name>
    <message>
        <source>This case has no document to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kind of document cannot be printed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %2, %n copy(ies)</source>
        <translation>
            <numerusform>%1, %2, %n copy</numerusform>
            <numerusform>%1, %2, %n copies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Received, %n copy(ies)</source>
        <translation>
            <numerusform>Received, %n copy</numerusform>
            <numerusform>Received, %n copies</numerusform>
        </translation>
    </message>
    <message>
        <source>Not needed: electronic licence %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follows later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed out at the window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::CaseFollowUp</name>
    <message>
        <source>The case does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what was handed over (at most 500 characters) and to whom (at most 100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an accepted case goes to the back office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the certificate that was issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a case in progress can be finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials accepted on commitment are still missing; record them first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand the result out at the window or send it by mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the mail tracking number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recipient or the tracking number is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a finished case can be handed out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::CaseListModel</name>
    <message>
        <source>Case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::CasesPage</name>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cases yet. Accepted cases appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) in total</source>
        <translation>
            <numerusform>%n case in total</numerusform>
            <numerusform>%n cases in total</numerusform>
        </translation>
    </message>
    <message>
        <source>Case number, matter or applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open (accepted, awaiting materials, special procedure)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) found</source>
        <translation>
            <numerusform>%n case found</numerusform>
            <numerusform>%n cases found</numerusform>
        </translation>
    </message>
    <message>
        <source>Hand over…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record result…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hand-over is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is finished and can be handed out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed out; delivery receipt %1. Print it for the signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the document as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material supplied…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is outstanding for this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material supplied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which material did the applicant bring?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded: %1 was supplied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::CatalogImporter</name>
    <message>
        <source>Catalog version %1: %2 added, %3 unchanged, %4 skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the catalog file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog file has version %1, older than the version %2 already in use. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): version %3 changed without a new version number; the stored content was kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): version %3 is older than the stored version %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::CatalogPage</name>
    <message>
        <source>Filter by name, department, code or keyword</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Implementation code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Necessity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fees:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free of charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::CatalogParser</name>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>length %1 is outside %2–%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contains control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot; (allowed: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list of 1 to %1 entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be text of 1 to %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>may only contain letters, digits and &apos;-&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of the departments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a two-digit code (GB/T 39046 A.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be 0 for an instant matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the committed limit exceeds the legal limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears twice in this matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog is not valid JSON (%1 at %2). Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a Yichuang catalog. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog has no valid formatVersion. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog uses format version %1; this program reads version %2. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be an ISO-8601 time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog header is invalid: %1. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code &quot;%1&quot; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>taskCode appears twice in the file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::CatalogRepository</name>
    <message>
        <source>This matter is no longer in the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password was set by an administrator. Choose your own before you go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8 to 128 characters, with at least one letter and one digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::Client</name>
    <message>
        <source>Yichuang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no hall set up. Start once with --standalone for the demonstration hall, or ask the administrator to configure the hall service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standalone (in this program)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID card reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::ClientServices</name>
    <message>
        <source>Hall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected, not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected; retrying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 waiting, %2 sent today, %3 refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID card reader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>used on the intake screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not available on this system yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::Codes</name>
    <message>
        <source>Window clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comprehensive intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cross-region service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assisted and proxy service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last-resort service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May follow later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original or copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original and copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electronic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper or electronic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper and electronic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Government agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intermediary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notified of missing materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n working day</numerusform>
            <numerusform>%n working days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message>
        <source>Administrative power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrative licensing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrative penalty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrative enforcement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrative levy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrative payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrative inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrative confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrative reward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrative ruling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other administrative power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person with a disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pregnant woman</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limited mobility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting an enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing an enterprise&apos;s registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing an enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key project</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::Database</name>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file %1 is damaged or is not a database (%2). It was left as it is; restore it from a backup or move it away to start a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is a database of another program or of another part of Yichuang. It was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Yichuang (schema version %2; this program knows versions up to %3). It was left as it is: install the newer version of the program, or use a backup made for this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not back up %1 before upgrading it (%2). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the database %1 to version %2 (%3) failed: %4. The database was left at version %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot configure the database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 cannot use write-ahead logging here (journal mode is &quot;%2&quot;). Put it on a local disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 did not accept its safety settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::DeadLetters</name>
    <message>
        <source>This event is no longer waiting for a correction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator can send a refused event again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The corrected event is not valid JSON: %1 (at character %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the data only; &quot;%1&quot; must stay as it was.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::DefaultCaseNumbers</name>
    <message>
        <source>Case numbers need a window number from 1 to 99; this PC is set to window %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window %1 has numbered 99 cases of this matter today, the most the case number allows. Take the case at another window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::DeficiencyDialog</name>
    <message>
        <source>Accept on commitment (容缺受理)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I undertake to supply the missing materials by the date above. If I do not, the case is terminated and I bear the consequences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All materials by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant&apos;s commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notice is printed in two copies: one for the applicant, one for the file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::DeliveryDialog</name>
    <message>
        <source>Hand out the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken by / addressee</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::DemoSetup</name>
    <message>
        <source>Setting up the demonstration hall failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::DocumentRenderer</name>
    <message>
        <source>____-__-__</source>
        <extracomment>A date to be filled in by hand; zh_CN: ideographic spaces (U+3000) before 年, 月 and 日</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supply by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The promised time limit is %1; the matter is expected to be completed by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The promised time limit is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The matter is expected to be completed by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received by (signature):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You (your organisation) applied for %2 on %1. After review, the application materials are complete and in the statutory form; the application is accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please keep this notice. You can follow the progress with the project number and query password, or by scanning the QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials still missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You (your organisation) applied for %2 on %1. After review, the application materials are incomplete or not in the statutory form. Everything to be supplemented or corrected is listed below, all at once:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials to supplement or correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please supplement or correct all of the above by %1 and submit the application again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please supplement or correct all of the above and submit the application again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a one-time notice: apart from the items above, no further material will be asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You (your organisation) applied for %2 on %1. After review, the basic conditions are met and the main materials are complete and in the statutory form; under the rules on acceptance with deficiencies, the application is accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials to supply later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please supply the materials above by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please supply the materials above by the dates given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the materials are not supplied in time or do not meet the requirements, the processing of the matter is terminated and the applicant bears the consequences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed by (signature):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You (your organisation) applied for %2 on %1. After review, it is decided not to accept the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please apply to the competent agency: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you disagree with this decision, you may apply for administrative reconsideration within sixty days of receiving this notice, or bring an administrative lawsuit before a people&apos;s court within six months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your application for %1 has been dealt with; the result is hereby delivered to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents and results delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant&apos;s commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(seal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (seal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served by (signature)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient (signature)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <extracomment>Date format on printed documents (QDate::toString pattern); zh_CN: yyyy年M月d日</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <extracomment>Date and time format on printed documents; zh_CN: yyyy年M月d日 HH:mm</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tel.: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan to follow the progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project no.: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice of Acceptance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-Time Notice of Materials to Supplement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice of Acceptance with Deficiencies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice of Non-Acceptance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof of Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy 1 (kept by the applicant)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy 2 (filed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document could not be rendered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the document to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer %1 is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan to rate this service</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::EvaluationInvites</name>
    <message>
        <source>This evaluation link is not valid. Scan the QR code on your receipt or ticket again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An evaluation invitation needs a window or a ticket, a case number of at most 64 characters, a service name of at most 200, and 1 to 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time for this evaluation has passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one of the five levels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service efficiency, service level and attitude are rated from 1 to 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment can have at most 500 characters and no control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please tell us what was not satisfactory, so that it can be put right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can evaluate once your business at the window is finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This service has been evaluated and followed up already; it cannot be evaluated again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what became of the evaluation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such evaluation waiting for this window.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::EvaluationOps</name>
    <message>
        <source>&quot;ticketId&quot; must be a positive whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in at a window to invite an evaluation of a case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request needs &quot;answerId&quot; and &quot;result&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::EvaluationPrompt</name>
    <message>
        <source>Ticket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No citizen screen: ask the citizen to rate the service with the QR code on the receipt or ticket slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This service has already been evaluated. Thank you!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your evaluation could not be saved. Please tell the clerk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::EvaluationScreen</name>
    <message>
        <source>Service evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service attitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Efficiency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy or rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not explained clearly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How satisfied are you with this service?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basically satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very dissatisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service efficiency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything you want to tell us (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We are sorry. What was not satisfactory?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touch at least one reason, so that it can be put right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window %1 · staff no. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you for your evaluation!</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::EvaluationService</name>
    <message>
        <source>Choose one of the five levels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service efficiency, service level and attitude are rated from 1 to 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comment can have at most 500 characters and no control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please tell us what was not satisfactory, so that it can be put right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such case or finished service to evaluate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This service has already been evaluated; a follow-up evaluation can be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A follow-up evaluation needs a first evaluation of the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default rating must be a good or neutral level after at least one day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evaluation&apos;s key is too long.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::FieldCipher</name>
    <message>
        <source>The encryption key has the wrong length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the data key %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data key %1 is damaged. Restore it from the backup; without it the stored personal data cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system could not provide random numbers for a key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the data key %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system could not provide random numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored data could not be decrypted: it is damaged or was written with another key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::HallClient</name>
    <message>
        <source>The hall service did not answer in time. Check the queue before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no connection to the hall service; it is being restored. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the hall service was lost; the action may not have been carried out. Check the queue once the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::HallConnection</name>
    <message>
        <source>Sign in first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::HallDispatcher</name>
    <message>
        <source>The request needs &quot;%1&quot; as a positive whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request needs &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be text of at most %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests from this connection; this one was not carried out. Wait a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is larger than %1 bytes and was not read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is not a JSON object (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another JSON value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every request needs an &quot;id&quot; (text up to 64 characters or a number) to match its reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hall service does not know the operation &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;args&quot; must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a supervisor may do this (&quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may not serve at a window (&quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You signed in without a window. Sign in at a window to call tickets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hall service could not save this. Try again; if it keeps failing, tell the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;window&quot; must be a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;since&quot; must be a sequence number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where to transfer the ticket: a line, a window or a staff member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the person&apos;s details masked (e.g. 3704**********123X), never in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ticket kiosk may only issue tickets, check appointments in and read the queue (&quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window number must be between 1 and 999.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::HallRepository</name>
    <message>
        <source>The hall name needs 1 to 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hall needs a code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window numbers run from 1 to 999.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown window type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window name needs 1 to 50 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up the hall before its windows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up the hall before its business lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hall&apos;s time zone &quot;%1&quot; is unknown to this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::HallServer</name>
    <message>
        <source>The hall protocol on %1 needs TLS: set tls/certificate and tls/key in the configuration, or listen on a loopback address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the hall protocol on %1 port %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hall protocol takes JSON text messages, not binary.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::HallSessions</name>
    <message>
        <source>The window number must be between 1 and 999.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session is not known (signed out elsewhere or never signed in). Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is disabled. Ask the administrator to enable it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has expired. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::HandoverDialog</name>
    <message>
        <source>Hand over to the back office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. application form original, ID card copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>department and person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::HttpService</name>
    <message>
        <source>Cannot listen on %1 port %2 (in use or not permitted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listening on %1 would expose the service without TLS; use a loopback address or configure the hall certificate (tls/certificate, tls/key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the hall certificate %1 or its key %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hall certificate %1 or its key %2 is not a PEM certificate and key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::IdCardStrip</name>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo: place %1&apos;s card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo: take the card away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ID card reader is set up; type the applicant&apos;s details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card reader starts when this screen is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::IndicatorReport</name>
    <message>
        <source>Average wait by hour of the ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluations by level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basically satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very dissatisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases by day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service indicators of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be rendered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period: %1    Generated: %2    Page %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targets (red: missed): %1. Dead letters to the platform now: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the report to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::IndicatorsPage</name>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day is before the first day; choose the period again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target: at least %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below the target of %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n case event(s) were refused by the province platform and wait for correction.</source>
        <translation>
            <numerusform>%n case event was refused by the province platform and waits for correction.</numerusform>
            <numerusform>%n case events were refused by the province platform and wait for correction.</numerusform>
        </translation>
    </message>
    <message>
        <source>indicators-%1-%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the indicators as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the indicator report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::IntakeCapture</name>
    <message>
        <source>Capture…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::IntakePage</name>
    <message>
        <source>Matters taken in this intake (一件事一次办). Delete removes one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An agent (代理人) applies on the applicant&apos;s behalf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept on commitment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell once what is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not accept…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish at the window (即办)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken in this intake:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 and cannot be taken in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returning applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has applied here before. Use the details recorded then (phone, address)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the matter first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n material(s) not checked yet: mark each one.</source>
        <translation>
            <numerusform>%n material not checked yet: mark it.</numerusform>
            <numerusform>%n materials not checked yet: mark each one.</numerusform>
        </translation>
    </message>
    <message>
        <source>; case number &lt;b&gt;%1&lt;/b&gt;, query password %2, due %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; document %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished at the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print documents…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the documents as PDF into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case was taken in, but some pages were not stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serving ticket %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::IntakeService</name>
    <message>
        <source>%1: enter a name of 1 to 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the address may have at most 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: enter the legal representative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: enter the document number (at most 40 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown kind of applicant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in at a window before taking in a case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one matter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chosen matter is no longer in the catalog. Search for it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer offered in this version of the catalog; search for the matter again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a material mark is invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: mark &quot;%2&quot; as received, missing or not applicable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: name the electronic licence used instead of &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; may not follow later; it is needed now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a marked material is not in its list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n required material(s) missing: accept with a commitment (容缺受理) if every one may follow later, or tell the applicant once what is missing.</source>
        <translation>
            <numerusform>%n required material missing: accept with a commitment (容缺受理) if it may follow later, or tell the applicant once what is missing.</numerusform>
            <numerusform>%n required materials missing: accept with a commitment (容缺受理) if every one may follow later, or tell the applicant once what is missing.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is missing: accept the case normally.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptance with a commitment needs every missing material to be one that may follow later; tell the applicant once what is missing instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the applicant&apos;s written commitment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a supply deadline from today on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The supply deadline may not be after the committed date %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is marked missing: there is nothing to tell the applicant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for not accepting (at most 1000 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The competent agency may have at most 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data key is not loaded; personal data cannot be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hall is not set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an accepted instant case (即办件) can be finished at the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case or the material does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This material was not missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case no longer takes materials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data key is not loaded; personal data cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>who: what is wrong</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The help-with-the-process mark of the ticket is not known here. Mark the ticket again at the calling panel.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::KioskMatterPage</name>
    <message>
        <source>Type the name of your business, or a word for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 结婚, 开公司, 老年证, jiehun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The results appear below as you type. Touch yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found. Try a shorter word, or go back and choose a line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touch your business:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::KioskMode</name>
    <message>
        <source>The kiosk has no connection to the hall queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No kiosk account is set up. Set kiosk/staffNo and kiosk/password in the settings to an account with the role &quot;Ticket kiosk&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 is not a kiosk account. Give the kiosk an account with only the role &quot;Ticket kiosk&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket kiosk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::KioskWindow</name>
    <message>
        <source>No priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I need help (assisted service)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – please touch your business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority service (optional): older people, people with disabilities, pregnant women, service members, or if you need help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets cannot be issued at the moment. Please ask the staff at the help desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No business lines are set up. Please ask the staff at the help desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n people ahead of you</source>
        <translation>
            <numerusform>%n person ahead of you</numerusform>
            <numerusform>%n people ahead of you</numerusform>
        </translation>
    </message>
    <message>
        <source>Taken at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please take your ticket below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find my business by its name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have your ID card? Place it on the reader: older people get priority, and an appointment for today is checked in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in for your appointment: %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card read: %1. Priority for older people applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No line takes &quot;%1&quot; today. Please ask the staff at the help desk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::LockDialog</name>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The window was locked after %n minute(s) without use. %1, enter your password to go on.</source>
        <translation>
            <numerusform>The window was locked after %n minute without use. %1, enter your password to go on.</numerusform>
            <numerusform>The window was locked after %n minutes without use. %1, enter your password to go on.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out (switch user)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::LoginDialog</name>
    <message>
        <source>Sign in — Yichuang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yichuang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window %1 · one-window intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large text, high contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demonstration hall. Accounts: 1001 clerk, 2001 help desk, 3001 supervisor, 9001 administrator; password %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your staff number and password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::MainWindow</name>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matter catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hall overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Large text, high contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes when Yichuang starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Yichuang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Yichuang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Yichuang %1&lt;/h3&gt;&lt;p&gt;One-window intake, queue calling and case tracking for government service halls.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · Window %2 · %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assisted services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 帮办代办 records are not available in this program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This program is not connected to the hall&apos;s queue service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 due)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::MaterialCaptureDialog</name>
    <message>
        <source>Capture material: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Processing %n page(s)…</source>
        <translation>
            <numerusform>Processing %n page…</numerusform>
            <numerusform>Processing %n pages…</numerusform>
        </translation>
    </message>
    <message>
        <source>Rotate &amp;left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate &amp;right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move la&amp;ter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete: delete the page; Ctrl+Left/Right: rotate; Alt+Left/Right: move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour photo (photos, seals)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grey (text with pictures)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Black-and-white text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies to the pages captured next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import material files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images and PDF documents (*.jpg *.jpeg *.png *.bmp *.tif *.tiff *.webp *.pdf);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next pages as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 dpi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Black and white</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glass (flatbed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document feeder (all sheets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;pture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the camera to see its picture here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page captured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) added.</source>
        <translation>
            <numerusform>%n file added.</numerusform>
            <numerusform>%n files added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing captured yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Scanning cancelled; %n page(s) kept.</source>
        <translation>
            <numerusform>Scanning cancelled; %n page kept.</numerusform>
            <numerusform>Scanning cancelled; %n pages kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) scanned.</source>
        <translation>
            <numerusform>%n page scanned.</numerusform>
            <numerusform>%n pages scanned.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop &amp;camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera is not ready yet. Wait a moment, then capture again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;ID card front + back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Puts this page (the front of the ID card) and the next one (its back) on one page at the card&apos;s true size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two sides of the ID card are now one page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::MaterialChecklist</name>
    <message>
        <source>Matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Material</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Necessity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is missing or wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1, %2, %n copy(ies)</source>
        <translation>
            <numerusform>%1, %2, %n copy</numerusform>
            <numerusform>%1, %2, %n copies</numerusform>
        </translation>
    </message>
    <message>
        <source>— check —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follows later (commitment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electronic licence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::MaterialPagesStrip</name>
    <message>
        <source>No pages captured</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s), %1</source>
        <translation>
            <numerusform>%n page, %1</numerusform>
            <numerusform>%n pages, %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>yc::MatterSearch</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name begins with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinyin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinyin initials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyword</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similar spelling</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::MatterSearchPanel</name>
    <message>
        <source>Matter: name, pinyin, initials or everyday words (开公司, hjqy …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n matter(s) in the catalog</source>
        <translation>
            <numerusform>%n matter in the catalog</numerusform>
            <numerusform>%n matters in the catalog</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found. Try fewer characters, pinyin or another word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n result(s); ↑↓ to choose, Enter to take</source>
        <translation>
            <numerusform>%n result; ↑↓ to choose, Enter to take</numerusform>
            <numerusform>%n results; ↑↓ to choose, Enter to take</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>yc::MatterTableModel</name>
    <message>
        <source>Matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::OverviewPage</name>
    <message>
        <source>Cases today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows in service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of instant matters in the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::ProvinceProfile</name>
    <message>
        <source>Cannot read the province profile %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The province profile is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The province profile needs an id and a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code table &quot;%1&quot; must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code table &quot;%1&quot;: &quot;%2&quot; needs a code as text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code table &quot;%1&quot;: code &quot;%2&quot; is given to both &quot;%3&quot; and &quot;%4&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code table &quot;%1&quot; has no code for &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform endpoint must be an https:// address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform signature method must be HMAC-SHA256 or HMAC-SM3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default rating needs 1 to 365 days and a good or neutral level.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::ProxyCallbackDialog</name>
    <message>
        <source>Follow-up call (回访)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The citizen is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the citizen said</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::ProxyCasePanel</name>
    <message>
        <source>Record progress…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandate form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptance slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completion / termination slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print or save:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the mandate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach the signed scan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mandate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link a case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original or copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a handover…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book a visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the follow-up call…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proxy case chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended: waiting on the citizen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %1, by %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (waiting on the citizen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help-desk staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matters and powers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Originals not returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the citizen said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (by %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed mandate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link a case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case number (办件编号)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the linked case to unlink.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the visit to record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>took place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done, or why not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspend the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (what the citizen must do or decide)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminate the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the service ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was achieved and how it reached the citizen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::ProxyCases</name>
    <message>
        <source>The person served is not on record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such proxy case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in before opening a proxy case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose 帮办 (assist), 代办 (proxy) or 上门办 (home visit).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose why the citizen needs help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the reason for help (at most 200 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason&apos;s detail may have at most 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what happens next (at most 200 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the next action a day, today or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign the case to an active member of the help desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case to help with does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data key is not loaded; personal data cannot be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is already linked to this proxy case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the case number (办件编号).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case has the number %1. Check the number on the receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is not linked to this proxy case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what the citizen entrusts (the matters and powers, at most 1000 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the mandate&apos;s period: a first day and a last day on or after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans cannot be stored on this computer (the attachment store is not running).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans cannot be read on this computer (the attachment store is not running).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scan of the mandate has been stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the item (at most 100 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say whether it is an original or a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say whether the item was received or returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The count is 1 to 999.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who handed it over or took it back: at most 100 characters; the note at most 200.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Only %n of this item is held for the citizen; check the item and the count.</source>
        <translation>
            <numerusform>Only %n of this item is held for the citizen; check the item and the count.</numerusform>
            <numerusform>Only %n of this item are held for the citizen; check the item and the count.</numerusform>
        </translation>
    </message>
    <message>
        <source>Write what was done (at most 500 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is suspended; resume it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a time for the visit that has not passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the address of the visit (at most 200 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The purpose may have at most 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home visit booked for %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home visit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what was done at the visit (at most 500 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write why the visit was cancelled (at most 500 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such home visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The result of this visit is already recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit cancelled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy case is closed; only the follow-up call can still be recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write why the case is suspended (at most 500 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is already suspended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write why the work resumes (at most 500 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a suspended case can be resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note may have at most 500 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Originals are still held for the citizen (%1). Record their return, or note where they are (e.g. kept by the authority).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write why the case is terminated (at most 500 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what was achieved and how it reached the citizen (at most 500 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is suspended; resume it before finishing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>代办 needs the citizen&apos;s signed mandate (代办服务委托书) before it is finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say how the citizen was reached: phone, visit or SMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record how satisfied the citizen was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up call comes after the case is finished or terminated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up call is already recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::ProxyFormDialog</name>
    <message>
        <source>%1 *</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::ProxyForms</name>
    <message>
        <source>%1 (signature): ____________________    Date: ______ / ____ / ____</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Principal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service hall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help-desk staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is entrusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matters and powers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The principal entrusts the agent above, of their own free will and free of charge, to handle the matters above within the powers and the period stated, and vouches that the materials provided are true. The agent handles them in the principal&apos;s name, keeps the materials safe, returns every original, and reports the progress and the result to the principal. Either party may end the mandate at any time by telling the other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Materials handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original or copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service is free of charge. Keep this slip: quote its number to ask about the progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for termination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Originals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: every original was returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where they are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service ended before the matters were done, for the reason above. The materials were handed back as listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The matters entrusted are done and the result has reached the person served. The materials were handed back as listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · printed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy Service Mandate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assisted and Proxy Service Acceptance Slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy Service Termination Slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy Service Completion Slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The completion or termination slip is printed once the case is finished or terminated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form could not be rendered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the form to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::ProxyHandoverDialog</name>
    <message>
        <source>Material handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original or copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over by / taken back by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::ProxyMandateDialog</name>
    <message>
        <source>Mandate (代办服务委托书)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matters and powers entrusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The citizen has signed the mandate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::ProxyMarkDialog</name>
    <message>
        <source>Help with the process for ticket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the citizen for assisted service, service on their behalf or a home visit. The mark shows on the ticket, the case and its receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No help (remove the mark)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::ProxyOpenDialog</name>
    <message>
        <source>Open a proxy case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail of the reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number or credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person served is the applicant of the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help-desk staff number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next action by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18-character unified social credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>18-digit resident ID number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::ProxyProgressDialog</name>
    <message>
        <source>What was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next action by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting on the citizen (a document to bring, a decision to make)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::ProxyReasonDialog</name>
    <message>
        <source>Originals still held for the citizen: %1. Record their return first, or say where they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the originals are</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::ProxyVisitDialog</name>
    <message>
        <source>Book a home visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::ProxyWords</name>
    <message>
        <source>Assist (帮办)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy (代办)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home visit (上门办)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elderly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pregnant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limited mobility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise start-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enterprise closure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received from the citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned to the citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basically satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very dissatisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up call</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::ProxyWorkspacePage</name>
    <message>
        <source>My cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team&apos;s cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting on the citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting the follow-up call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a proxy case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) due today or overdue</source>
        <translation>
            <numerusform>%n item due today or overdue</numerusform>
            <numerusform>%n items due today or overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>A proxy case is already open for this; it is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a proxy case first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the form as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1. Print it from there and have it signed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::QrCode</name>
    <message>
        <source>There is nothing to put into the QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR code module size must be at least 1 pixel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is too long for a QR code (%1 bytes, at most %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The QR code could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::QueuePage</name>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open another window for this line or let more windows serve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that someone is at the window: they should call the next ticket or pause the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check whether the clerk at this window needs help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check when the window opens again, or send its lines to another window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average wait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows serving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a citizen has waited %2 (limit %3 min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2 waiting (limit %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window %1 idle for %2 while its lines wait (limit %3 min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window %1: ticket %2 has been at the window for %3 (limit %4 min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window %1 paused for %2 (limit %3 min): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the queue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to the hall…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out of the hall: sign in again to see the live queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to the hall: the figures below may be out of date; reconnecting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alerts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — easing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serving %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Called %1, waiting for the citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New alert: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 new alerts: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::QueueWords</name>
    <message>
        <source>Elderly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pregnant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Military / fire rescue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assisted service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Green channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No-show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::RejectionDialog</name>
    <message>
        <source>Do not accept (不予受理)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the matter is outside this hall&apos;s remit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competent agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A refusal needs its reason.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::ResultDialog</name>
    <message>
        <source>Record the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate or licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once the province platform reports results, they arrive here by themselves.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::ServiceBadge</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help with the process: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::ServiceOptionsParser</name>
    <message>
        <source>Read settings from this INI file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address to listen on (default 127.0.0.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TCP port (0 = any free port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder for log files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the configuration file %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration file %1 is malformed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a TCP port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The listen address is not an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TCP port of the hall protocol (WebSocket; default the HTTP port + 1, 0 = any free port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hall certificate (PEM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hall certificate&apos;s private key (PEM).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::Session</name>
    <message>
        <source>Nobody is signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a password different from the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This needs the role &quot;%1&quot;, which your account does not have.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::StaffDialog</name>
    <message>
        <source>New staff account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit staff account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::StaffRepository</name>
    <message>
        <source>Wrong staff number or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password needs 8 to 128 characters with at least one letter and one digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is disabled. Ask the administrator to enable it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong passwords. The account is locked until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no staff member with staff number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The staff number may have 1 to 32 letters, digits, &apos;-&apos; or &apos;_&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name needs 1 to 50 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name may not contain control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the account at least one role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The staff number %1 is already taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the last active administrator; keep their Administrator role and keep the account active.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::StaffTab</name>
    <message>
        <source>Staff number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password for %1 (%2). They must change it at the next sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::SyncConfig</name>
    <message>
        <source>Cannot read the platform signing key &quot;%1&quot;; ask the administrator to install it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform address &quot;%1&quot; is not an https:// address; cases are never sent unencrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The platform client id or signing key is missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::SyncPage</name>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the case data was corrected: send the event again as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct and send…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events the province platform refused (nothing is dropped: each waits here until it is corrected and sent again):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting: %1    On the way: %2    Sent today: %3    Refused: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last accepted by the platform: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing accepted by the platform yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Paused for %n second(s) after: %1</source>
        <translation>
            <numerusform>Paused for %n second after: %1</numerusform>
            <numerusform>Paused for %n seconds after: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The sync with the province platform is not running: %1 Cases wait in the outbox and go out once it runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the refused event first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the refused event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the data the platform refused; the event&apos;s identity stays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event goes to the platform again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>told once what is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>material supplied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>result handed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not numbered) %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::TicketSlip</name>
    <message numerus="yes">
        <source>%n people ahead of you</source>
        <translation>
            <numerusform>%n person ahead of you</numerusform>
            <numerusform>%n people ahead of you</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan to follow the queue on your phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please wait for your number to be called. Tickets are valid today only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket could not be rendered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the ticket to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket printer is not ready. Ask the staff at the help desk for a ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left: follow the queue · Right: rate the service afterwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan to rate the service after it is finished</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::TransferDialog</name>
    <message>
        <source>Transfer ticket %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To another business line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To another window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the front of the queue (otherwise by the time the ticket was issued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::UnresolvedEntryDialog</name>
    <message>
        <source>Record something that could not be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A citizen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not known / no matter of the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the citizen wanted done, and what stood in the way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another unit (write its name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What could not be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ID number or a phone number is needed to give the citizen the feedback. Both are stored encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enterprise&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The citizen&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unified social credit code (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number (optional if a phone is given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the name of the responsible unit, or choose one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::UnresolvedRegister</name>
    <message>
        <source>Policy unclear or no policy basis (政策不明确)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unreasonable materials or conditions (材料要求不合理)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system does not support it (系统不支持)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsibility unclear or shared (职责不清、职责交叉)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed from one department to another (部门推诿)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difficult, across departments or levels (办理难度大)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Beyond the hall&apos;s remit (超出职责范围)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other (其他)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By telephone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By text message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Through the online service platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person at the hall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basically satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed: really settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not settled: reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the responsible unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved, feedback due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not be resolved, feedback due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded (接受登记)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to a unit (分类处置)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit&apos;s reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved (办结)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not be resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feedback to the citizen (评价反馈)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spot check (抽查回访)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in first: every entry and step of the register is signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say whether a person or an enterprise reported it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the enterprise&apos;s name (at most 200 characters, no control characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the citizen&apos;s name (at most 200 characters, no control characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an ID number, a credit code or a phone number, so the feedback reaches the person who reported it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe what could not be done (at most 1000 characters, no control characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the class of the problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The responsible unit&apos;s name is too long or contains control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline is 1 to %1 working days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data key is not loaded; personal data cannot be stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That matter is not in the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That department is not in the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what was done or said (at most 1000 characters, no control characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a supervisor records a spot check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the responsible unit or write its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say how the citizen was told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the citizen answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say whether the matter is really settled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such entry in the register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry is closed. A supervisor&apos;s spot check can reopen it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entry is already concluded; give the citizen the feedback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign the entry to a unit before recording its reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record whether it was resolved before the feedback to the citizen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a closed entry is spot-checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry has already been spot-checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data key is not loaded; personal data cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::UnresolvedRegisterPage</name>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All, closed too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only what I recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record new…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What could not be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show full personal details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reading is recorded in the audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another unit (write its name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of a unit outside the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month: %1 recorded, %2 closed (%3 on time), %4 overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past its deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in the register for this choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (enterprise)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n working day(s) from recording)</source>
        <translation>
            <numerusform>%1 (%n working day from recording)</numerusform>
            <numerusform>%1 (%n working days from recording)</numerusform>
        </translation>
    </message>
    <message>
        <source>Spot check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign to a unit (分类处置)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to another unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the unit is asked to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the unit answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it was resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it cannot be resolved, and what the citizen can do instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the citizen was told and said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the call back to the citizen found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an entry in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No further step: the entry is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an entry first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded as %1. Give the citizen this number; the answer is due by %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::WorkCalendar</name>
    <message>
        <source>The date of acceptance is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A time limit must be a whole number from 0 to 3650.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown unit &quot;%1&quot; of a time limit (allowed: workday, day, month, year).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A suspension of the time limit needs a start and an end that is not before it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::announcer::Announcer</name>
    <message>
        <source>No speech engine with a Mandarin (zh_CN) voice is installed. Install one (for example speech-dispatcher with a Mandarin voice), or set announcer/voice=clips.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 for the announcements cannot be created. Check announcer/wav_dir.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::announcer::AnnouncerConfig</name>
    <message>
        <source>app/announcer/voice is &quot;%1&quot;; use auto, tts or clips.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>app/announcer/output is &quot;%1&quot;; use audio or wav.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>app/announcer/repeat must be a number from 1 to 5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>app/announcer/pause_ms must be a number of milliseconds from 0 to 10000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>app/announcer/chime_gap_ms must be a number of milliseconds from 0 to 10000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>app/announcer/output is wav but announcer/wav_dir names no folder. Set the folder the announcements are written to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>app/announcer/voice=tts can only play to a sound card. Use output=audio, or voice=clips for WAV files.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::announcer::ClipBank</name>
    <message>
        <source>The voice clip %1 is at %2 Hz but the others are at %3 Hz. Record every clip at one sample rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The voice clips in %1 are incomplete; missing: %2. Regenerate them with scripts/make-voice-clips.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::announcer::Phrasing</name>
    <message>
        <source>The announcement template &quot;%1&quot; has an unknown placeholder at &quot;%2&quot;. Use {ticket} and {window}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The announcement template &quot;%1&quot; uses &quot;%2&quot;, for which there is no voice clip. Write it with these words only: %3, {ticket} and {window}; or use voice=tts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The announcement template &quot;%1&quot; must contain both {ticket} and {window}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::announcer::SoundCardOutput</name>
    <message>
        <source>The sound card did not finish playing in time; it was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no sound card. Connect one, or set announcer/output=wav.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sound card %1 cannot play mono 16-bit sound at %2 Hz.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sound card reported an error (%1) while playing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::announcer::TtsSpeaker</name>
    <message>
        <source>The speech engine did not finish the announcement in time; it was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The speech engine failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::announcer::Wav</name>
    <message>
        <source>The sound file %1 cannot be used: %2. Regenerate it with scripts/make-voice-clips or record it as mono 16-bit PCM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a WAV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is cut short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the format chunk is too short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not mono 16-bit PCM (format %1, %2 channels, %3 bits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sample rate %1 Hz is not between 8000 and 48000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data comes before the format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds no sound data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sound file %1 cannot be read: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The announcement could not be written to %1: %2. Check that the folder exists and has room.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::announcer::WavFolderOutput</name>
    <message>
        <source>The folder %1 for the announcements cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::capture::CapturePipeline</name>
    <message>
        <source>The page is empty. Capture it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is neither a picture nor a PDF document. Choose a JPEG, PNG, TIFF or PDF file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A picture in this file has %1 × %2 pixels, more than can be attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of this file is damaged and cannot be read (%2). Nothing was added.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::capture::CaptureSession</name>
    <message>
        <source>%1: %2</source>
        <comment>material: what is wrong</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::capture::MaterialSlot</name>
    <message numerus="yes">
        <source>PDF document, %n page(s)</source>
        <translation>
            <numerusform>PDF document, %n page</numerusform>
            <numerusform>PDF document, %n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>This material is an imported PDF document. Remove it first to capture pages instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This material already has pages. Remove them first, or attach the PDF document to another material.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This material is an imported PDF document. Remove it first to add pictures instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a captured page to turn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the page with the front of the ID card; the back must be the page after it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::capture::PageCodec</name>
    <message>
        <source>The page is empty. Capture it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page could not be compressed (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The material has no pages yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 could not be put into the PDF (unsupported JPEG).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 could not be put into the PDF.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::devices::CameraText</name>
    <message>
        <source>No document camera was found. Check that it is plugged in, then open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document camera stopped working (%1). Unplug it, plug it in again and reopen it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture could not be taken (%1). Try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::devices::ReaderTexts</name>
    <message>
        <source>No ID card reader found. Check that the reader is plugged in and switched on; the data can also be typed in by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card was read but the read could not be recorded in the audit log, so its data is not shown. Call technical support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place the ID card on the reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the card; keep it still on the reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card has been read. Remove it to read another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card reader did not deliver the card photo. Compare the person with the photo printed on the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo cannot be shown: no licensed photo decoder from the card reader&apos;s vendor is installed. Compare the person with the photo printed on the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vendor&apos;s photo decoder could not decode the card photo (code %1). Compare the person with the photo printed on the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card reader did not answer; check that it is plugged in and switched on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card reader&apos;s answer arrived damaged or incomplete; place the card again. If this keeps happening, check the reader cable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No serial port found for an ID card reader; check that the reader is plugged in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ID card reader answered on the serial ports (%1); check that it is plugged in and switched on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port %1 cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card reader is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card reader cannot be written to; check the cable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the card reader was lost (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 card reader library is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 card reader library found no reader; check that the reader is plugged in and switched on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card reader library returned card data of an unexpected size; place the card again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The termb card reader library needs GB 18030 text support, which this installation lacks.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::devices::ScannerText</name>
    <message>
        <source>No scanner was found. Check that it is switched on and its cable is plugged in, then look for scanners again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner %1 is not connected or is switched off. Switch it on, or choose another scanner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document feeder is empty. Put the pages in the feeder and scan again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This scanner has no document feeder. Scan the pages one by one on the glass.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper jammed in the scanner. Open the feeder, take the sheet out carefully, and scan again from that page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner cover is open. Close it and scan again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner is busy, perhaps used by another program. Wait a moment and scan again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner stopped answering. Check its cable and power, then scan again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer account may not use the scanner. Ask the administrator to give it access.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough memory for this scan. Scan at a lower resolution or fewer pages at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner delivered a picture this program cannot read (%1). Choose colour or grey and scan again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan failed (%1). Scan again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::display::DisplayRoutes</name>
    <message>
        <source>The display page is incomplete in this build of halld.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The width is the number of Chinese characters the strip shows, from 4 to 32 (usually 8 or 12).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hall service cannot read the queue right now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no window %1 in this hall. Use /led/&lt;window number&gt; with a window number the hall has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The display feed is a WebSocket: open ws://&lt;this host and port&gt;/display/feed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::idcard::CardTextTexts</name>
    <message>
        <source>The card reader returned card data of an unexpected size; place the card again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card is of a kind this program cannot read; enter the data by hand.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::idcard::CardTexts</name>
    <message>
        <source>The card data failed a check: %1 Place the card on the reader again; if it fails again, check the card by eye and enter the data by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resident ID card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residence permit for Hong Kong, Macao and Taiwan residents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign permanent resident ID card (2017)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Foreign permanent resident ID card (2023)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a field holds control characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the gender code is not one of 0, 1, 2 or 9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date of birth is not a real date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number does not belong to this kind of card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date of birth differs from the one in the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the gender differs from the one in the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card&apos;s ethnic group code &quot;%1&quot; is not in the national table; check the card by eye.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the start of validity is not a real date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end of validity is not a real date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This card expired on %1. An expired card does not prove identity; ask for a valid card or a temporary ID card.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::idcard::FrameTexts</name>
    <message>
        <source>The reader sent a command that is too short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card reader sent a reply that is too short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card reader returned card data of an unexpected size; place the card again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::idcard::SamStatusTexts</name>
    <message>
        <source>The card reader completed the operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card holds no data for this item.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A card is on the reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card reader received a damaged command; check the reader cable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card reader received an incomplete command; check the reader cable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card reader refused a command; the reader may not support this program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card reader refused an operation it is not permitted to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card reader reported an unknown error; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card could not authenticate the reader; place the card again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reader could not authenticate the card; the card may be damaged or not genuine. Check it by eye.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data on the card failed verification; the card may be damaged or not genuine. Check it by eye.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a card the reader knows; place a resident ID card or a residence card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the card failed; keep the card still on the reader and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card did not answer the reader in time; place the card again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The security module of the card reader failed its self-test; restart the reader or call technical support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The security module of the card reader is not authorised; call technical support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No card on the reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card could not be selected; place the card flat on the reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card reader reported error 0x%1; try again, or call technical support if it persists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::identity::IdentityChecks</name>
    <message>
        <source>The date of birth in the ID number is not a real date; please read the number again from the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An ID number has 18 characters (15 on a first-generation card or an older foreign permanent resident card).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number may only contain digits, with an X possibly as the last character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number starts with a region code that does not exist; please read it again from the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth in the ID number is before 1900; please read the number again from the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth in the ID number lies in the future; please read the number again from the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number fails its check digit; please read it again from the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A 15-character ID number is either 15 digits or, on an older foreign permanent resident card, 3 letters and 12 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the ID number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unified social credit code has 18 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the unified social credit code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unified social credit code has only digits and capital letters, and never the letters I, O, Z, S or V.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unified social credit code fails its check character; please read it again from the licence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first character of the unified social credit code names no registration authority; please read it again from the licence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The second character of the unified social credit code is not an institution category of its registration authority; please read it again from the licence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters 3 to 8 of the unified social credit code are the region code and must be digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is neither a mainland mobile number (11 digits starting with 13 to 19) nor a landline with its area code (such as 010-62345678).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone number may only contain digits, spaces, dashes, brackets, a leading + and an extension.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::indicators</name>
    <message>
        <source>The period is empty: its end is not after its start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole hall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active evaluation rate (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad reviews rectified (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instant cases (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Committed limit shorter than legal (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken at comprehensive windows (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most one trip (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average wait (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest wait (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average service (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy cases opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy cases finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy cases overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window score rule is not valid at &quot;%1&quot;: expected a number of 0 or more for a known indicator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::platform::Tls</name>
    <message>
        <source>Cannot read the %1 file &quot;%2&quot;; check the platform settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds no PEM certificate; the platform&apos;s CA certificate is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate &quot;%1&quot; or the key &quot;%2&quot; cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>yc::queue::QueueEngine</name>
    <message>
        <source>There is no such ticket. Refresh the queue and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 is not open at your window (it is %2). Refresh the queue and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window %1 is not set up in this hall. Ask the administrator to add it, or sign in at another window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 is still open at your window. Finish, transfer or hold it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 was changed at another window meanwhile. Refresh the queue and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a priority group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a help-with-the-process mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no open business line %1. Choose another line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line %1 (%2) gives tickets from %3 to %4. Come back then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database has no hall yet. Set the hall up first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The line %1 (%2) has given all %3 tickets of today. Book an appointment for another day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window %1 is paused. Resume the window before calling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one is waiting for the lines of window %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 is no longer waiting (it is %2). Refresh the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 did not miss its call (it is %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 missed its call more than %2 minutes ago. Issue a new ticket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 is %2 at another window and cannot be transferred from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket %1 is not on hold (it is %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case number is too long (64 characters at most).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a supervisor can move a ticket to the top of the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for moving the ticket to the top; it is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a supervisor can change which lines a window serves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 with weight %2 cannot be assigned; weights go from 1 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for pausing the window; the hall display shows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an appointment source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The appointment needs a time slot whose end is after its start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such appointment. Check the booking or issue a ticket instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This appointment is %1 and cannot be checked in. Issue a ticket instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This appointment is for %1 at %2, not now. Issue a ticket or book again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>called</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>being served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checked in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a reason for help with the process.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
