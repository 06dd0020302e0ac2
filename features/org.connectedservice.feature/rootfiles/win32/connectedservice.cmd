@echo off
rem Starts the Connected Service Console with Java 21 or newer (JAVA_HOME, else java on the PATH).
setlocal
set "LAUNCHER="
for %%f in ("%~dp0plugins\org.eclipse.equinox.launcher_*.jar") do set "LAUNCHER=%%~ff"
if not defined LAUNCHER (
  echo connectedservice: the plugins folder has no org.eclipse.equinox.launcher jar; re-extract the archive 1>&2
  exit /b 1
)
set "JAVA=java"
if defined JAVA_HOME set "JAVA=%JAVA_HOME%\bin\java"
if not defined CONNECTEDSERVICE_VMARGS set "CONNECTEDSERVICE_VMARGS=-Xmx2g -XX:+UseZGC"
"%JAVA%" %CONNECTEDSERVICE_VMARGS% -jar "%LAUNCHER%" %*
if errorlevel 1 echo connectedservice: stopped with an error; it needs Java 21 or newer (JAVA_HOME), and logs to %%USERPROFILE%%\.connectedservice\.metadata\.log 1>&2
endlocal
