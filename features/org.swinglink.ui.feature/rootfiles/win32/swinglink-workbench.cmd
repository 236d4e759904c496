@echo off
rem SwingLink workbench launcher for Windows: swinglink-workbench [--db DIR]
rem The database folder defaults to %APPDATA%\SwingLink (.swinglink in the user's folder where that exists),
rem the headless product's default too.
rem It does what the Linux launcher (swinglink-workbench) does, by cmd.exe's means. setlocal: nothing set
rem here reaches the caller's shell. Delayed expansion is switched off (a user may have it on by default in
rem the registry), so a "!" in an argument reaches the workbench as typed.
setlocal EnableExtensions DisableDelayedExpansion

rem The product folder: this script's, without the trailing backslash.
set "HOME_DIR=%~dp0"
set "HOME_DIR=%HOME_DIR:~0,-1%"

call :find_java
if not defined JAVA_BIN goto no_java
rem javaw.exe: a Java without a console window of its own, for a program with windows.
set "JAVAW=%JAVA_BIN%\javaw.exe"
if not exist "%JAVAW%" goto no_java

rem --db DIR (or --db=DIR) is read where the usage line puts it, as the first argument: cmd.exe reads
rem single arguments reliably, but cannot take one out of the others without splitting them again, which
rem loses quotes and "!". So every argument goes on to the workbench as typed, --db DIR too (the
rem workbench ignores arguments it does not know). cmd.exe also splits arguments at "=", "," and ";",
rem so a folder or server address holding them is quoted: --db "postgresql://host/swinglink?ssl=true".
rem -Dswinglink.db=DIR in SWINGLINK_JAVA_OPTS chooses the database too.
set "DB_FOLDER="
if "%~1"=="--db" set "DB_FOLDER=%~2"
if "%~1"=="--db" if not defined DB_FOLDER goto db_needs_folder
set "DB_OPTION="
if not defined DB_FOLDER goto db_chosen
rem A trailing backslash would escape the closing quote of the argument that names the folder.
if "%DB_FOLDER:~-1%"=="\" set "DB_FOLDER=%DB_FOLDER:~0,-1%"
set DB_OPTION="-Dswinglink.db=%DB_FOLDER%"
:db_chosen

rem Third-party parser bundles: every jar in this folder is installed and started, and watched while
rem SwingLink runs (Felix FileInstall). SWINGLINK_DROPINS points to another folder.
set "DROPINS=%HOME_DIR%\dropins"
if defined SWINGLINK_DROPINS set "DROPINS=%SWINGLINK_DROPINS%"
if "%DROPINS:~-1%"=="\" set "DROPINS=%DROPINS:~0,-1%"
if not exist "%DROPINS%\" mkdir "%DROPINS%" 2>nul

rem JVM options live here: without the native launcher, eclipse.ini is not read. SWINGLINK_JAVA_OPTS
rem replaces the default.
set "JAVA_OPTIONS=-Xmx1g"
if defined SWINGLINK_JAVA_OPTS set "JAVA_OPTIONS=%SWINGLINK_JAVA_OPTS%"

set "LAUNCHER="
for %%f in ("%HOME_DIR%\plugins\org.eclipse.equinox.launcher_*.jar") do if not defined LAUNCHER set "LAUNCHER=%%~ff"
if not defined LAUNCHER goto no_launcher

rem start: the workbench runs on its own and this console closes at once (double-clicked, the script
rem would otherwise keep its console window open as long as the workbench runs). The exit code is then
rem start's: 0 once javaw.exe runs. SWINGLINK_WAIT=1 waits for the workbench to end and returns its exit
rem code, for scripts that need it.
set "START_WAIT="
if "%SWINGLINK_WAIT%"=="1" set "START_WAIT=/wait"
rem The application model, its CSS and persistState=false come from configuration\config.ini.
rem -data @noDefault with persistState=false: the window layout comes from Application.e4xmi at every
rem start, so a stale saved layout never hides new views.
start "" %START_WAIT% "%JAVAW%" %JAVA_OPTIONS% "-Dfelix.fileinstall.dir=%DROPINS%" %DB_OPTION% -jar "%LAUNCHER%" -data @noDefault -application org.eclipse.e4.ui.workbench.swt.E4Application %*
exit /b %ERRORLEVEL%

:no_java
>&2 echo SwingLink needs Java 21 or newer and found none in JAVA_HOME, the registry or the PATH: install one from https://adoptium.net or set JAVA_HOME.
call :keep_message_up
exit /b 3

:db_needs_folder
>&2 echo --db needs a folder
call :keep_message_up
exit /b 2

:no_launcher
>&2 echo SwingLink cannot start: "%HOME_DIR%\plugins" holds no org.eclipse.equinox.launcher jar, so the product folder is incomplete; unpack its archive again.
call :keep_message_up
exit /b 3

rem Started from Explorer (a double-click, a shortcut), the console window closes when the script ends:
rem there the message stays up for 30 seconds or until a key is pressed. In a console that was open
rem before, and in a script whose input is not the keyboard, the script ends at once.
:keep_message_up
set "STARTED_BY=%CMDCMDLINE:"=%"
if /i not "%STARTED_BY: /c =%"=="%STARTED_BY%" timeout /t 30 2>nul
goto :eof

rem ---- Java lookup: the same in swinglink.cmd and swinglink-workbench.cmd ----

rem A Java 21 or newer, looked for as the Linux launchers do: JAVA_HOME first, then the registry (the JDK
rem an installer made current, then Eclipse Temurin's and Microsoft's builds), then java.exe on the PATH.
rem JAVA_BIN becomes its bin folder; it stays undefined when there is none.
:find_java
set "JAVA_BIN="
rem (quotes some users put around JAVA_HOME's value are dropped)
if defined JAVA_HOME call :try_home "%JAVA_HOME:"=%"
if defined JAVA_BIN goto :eof
rem /reg:64: the product is 64-bit, so only a 64-bit Java will do, even when this runs in a 32-bit shell.
set "JDK_CURRENT="
for /f "tokens=1,2,*" %%a in ('reg query "HKLM\SOFTWARE\JavaSoft\JDK" /v CurrentVersion /reg:64 2^>nul') do if "%%b"=="REG_SZ" set "JDK_CURRENT=%%c"
if defined JDK_CURRENT for /f "tokens=1,2,*" %%a in ('reg query "HKLM\SOFTWARE\JavaSoft\JDK\%JDK_CURRENT%" /v JavaHome /reg:64 2^>nul') do if "%%b"=="REG_SZ" call :try_home "%%c"
if defined JAVA_BIN goto :eof
rem Temurin and Microsoft register each version under its own key (JDK\21.0.5.11\hotspot\MSI, value Path).
for %%k in ("Eclipse Adoptium\JDK" "Eclipse Adoptium\JRE" "Microsoft\JDK") do for /f "tokens=1,2,*" %%a in ('reg query "HKLM\SOFTWARE\%%~k" /s /v Path /reg:64 2^>nul') do if "%%b"=="REG_SZ" call :try_home "%%c"
if defined JAVA_BIN goto :eof
for /f "delims=" %%j in ('where java.exe 2^>nul') do call :try_java "%%j"
goto :eof

rem JAVA_BIN becomes the bin folder of the Java home %1 when that is Java 21 or newer.
:try_home
set "CANDIDATE_HOME=%~1"
if "%CANDIDATE_HOME:~-1%"=="\" set "CANDIDATE_HOME=%CANDIDATE_HOME:~0,-1%"
call :try_java "%CANDIDATE_HOME%\bin\java.exe"
goto :eof

rem JAVA_BIN becomes the folder of the java.exe %1 when that is Java 21 or newer; the first found is kept.
:try_java
if defined JAVA_BIN goto :eof
if not exist "%~1" goto :eof
set "JAVA_VERSION_TEXT="
rem A JDK's release file names its version (JAVA_VERSION="21.0.5"): reading it is cheaper than starting a JVM to ask.
if exist "%~dp1..\release" for /f "usebackq tokens=1,* delims==" %%a in ("%~dp1..\release") do if "%%a"=="JAVA_VERSION" set "JAVA_VERSION_TEXT=%%~b"
rem Else java -version says it (openjdk version "21.0.5" 2024-10-15); the escaped outer quotes keep a path
rem with spaces or brackets whole in the command FOR runs.
if not defined JAVA_VERSION_TEXT for /f "tokens=2,3" %%a in ('^""%~1" -version 2^>^&1^"') do if "%%a"=="version" if not defined JAVA_VERSION_TEXT set "JAVA_VERSION_TEXT=%%~b"
if not defined JAVA_VERSION_TEXT goto :eof
rem The feature release comes first since Java 9 (21.0.5, 25-ea); Java 8's 1.8.0_401 counts as 1.
set "JAVA_FEATURE="
for /f "delims=.-+_" %%v in ("%JAVA_VERSION_TEXT%") do set "JAVA_FEATURE=%%v"
set "JAVA_FEATURE_NUMBER=0"
set /a "JAVA_FEATURE_NUMBER=JAVA_FEATURE" 2>nul
if %JAVA_FEATURE_NUMBER% LSS 21 goto :eof
set "JAVA_BIN=%~dp1"
set "JAVA_BIN=%JAVA_BIN:~0,-1%"
goto :eof
