@echo off
rem The Credential Catalog command line: `credential-catalog list`, `credential-catalog --help`.
rem Runs the app's own binary with these arguments; it runs the command without a window.
rem A script waits for the program and passes its exit code on (a prompt would not wait).
"%~dp0..\Credential Catalog.exe" %*
exit /b %ERRORLEVEL%
