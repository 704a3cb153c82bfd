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
    <name>yc::DemoSetup</name>
    <message>
        <source>Setting up the demonstration hall failed: %1</source>
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
</context>
<context>
    <name>yc::HttpService</name>
    <message>
        <source>Listening on %1 would expose the service without TLS; use a loopback address until TLS is configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen on %1 port %2 (in use or not permitted).</source>
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
</TS>
