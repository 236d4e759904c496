@echo off
rem SwingLink headless launcher for Windows: swinglink [--db DIR] [--zone ZONE] COMMAND ...  (swinglink --help)
rem It does what the Linux launcher (swinglink) does, by cmd.exe's means. setlocal: nothing set here reaches
rem the caller's shell. Delayed expansion is switched off (a user may have it on by default in the registry),
rem so a "!" in an argument reaches SwingLink as typed.
setlocal EnableExtensions DisableDelayedExpansion

rem The product folder: this script's, without the trailing backslash.
set "HOME_DIR=%~dp0"
set "HOME_DIR=%HOME_DIR:~0,-1%"

call :find_java
if not defined JAVA_BIN goto no_java
set "JAVA=%JAVA_BIN%\java.exe"

rem Third-party parser bundles: every jar in this folder is installed and started, and watched while
rem SwingLink runs (Felix FileInstall). SWINGLINK_DROPINS points to another folder.
set "DROPINS=%HOME_DIR%\dropins"
if defined SWINGLINK_DROPINS set "DROPINS=%SWINGLINK_DROPINS%"
rem A trailing backslash would escape the closing quote of the argument that names the folder.
if "%DROPINS:~-1%"=="\" set "DROPINS=%DROPINS:~0,-1%"
if not exist "%DROPINS%\" mkdir "%DROPINS%" 2>nul

rem JVM options live here: without the native launcher, eclipse.ini is not read. SWINGLINK_JAVA_OPTS
rem replaces the defaults. Most runs are short (a session's import, a listing), and there the JIT's
rem optimizing tier costs more than it saves, so it is left out, as the Linux launcher does. That launcher
rem keeps it for imports of more than 8 MB of CSV, which it measures; this one makes no such choice: a
rem large import (100,000 rows: 18 s with the tier, 24 s without) runs with SWINGLINK_JAVA_OPTS=-Xmx1g.
set "JAVA_OPTIONS=-Xmx1g -XX:TieredStopAtLevel=1"
if defined SWINGLINK_JAVA_OPTS set "JAVA_OPTIONS=%SWINGLINK_JAVA_OPTS%"
rem No progress line: the Linux launcher asks for one only when standard error is a terminal, and
rem cmd.exe cannot tell a console from a file or a pipe.

set "LAUNCHER="
for %%f in ("%HOME_DIR%\plugins\org.eclipse.equinox.launcher_*.jar") do if not defined LAUNCHER set "LAUNCHER=%%~ff"
if not defined LAUNCHER goto no_launcher

rem SwingLink writes UTF-8, so that a CSV sent to a file with ">" keeps accented names whatever the console's
rem code page: the console shows UTF-8 while it runs and gets its own code page back after.
set "CONSOLE_CODE_PAGE="
for /f "tokens=2 delims=:." %%c in ('chcp 2^>nul') do set "CONSOLE_CODE_PAGE=%%c"
if defined CONSOLE_CODE_PAGE chcp 65001 >nul 2>&1

rem -data @noDefault: the headless product needs no Eclipse workspace. The arguments follow unchanged
rem (spaces, quotes and "!" as typed), and SwingLink's exit code is this script's.
"%JAVA%" %JAVA_OPTIONS% "-Dfelix.fileinstall.dir=%DROPINS%" -jar "%LAUNCHER%" -data @noDefault -application org.swinglink.cli.headless %*
set "STATUS=%ERRORLEVEL%"
if defined CONSOLE_CODE_PAGE chcp %CONSOLE_CODE_PAGE% >nul 2>&1
exit /b %STATUS%

:no_java
>&2 echo SwingLink needs Java 21 or newer and found none in JAVA_HOME, the registry or the PATH: install one from https://adoptium.net or set JAVA_HOME.
exit /b 3

:no_launcher
>&2 echo SwingLink cannot start: "%HOME_DIR%\plugins" holds no org.eclipse.equinox.launcher jar, so the product folder is incomplete; unpack its archive again.
exit /b 3

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
