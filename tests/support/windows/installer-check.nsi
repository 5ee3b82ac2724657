; A stand-in for electron-builder's installer around electron/resources/windows/installer.nsh
; (-DNSH=path): the same macros at the same places, built with the system's makensis
; and run under Wine by tests/unit/windows-installer.test.ts to check the PATH edits.
; -DBUILD_UNINSTALLER builds the uninstaller's part as uninstall.exe.
Unicode true
Target amd64-unicode
!include MUI2.nsh
!include LogicLib.nsh
Name "PathCheck"
RequestExecutionLevel user
InstallDir "C:\Apps\Credential Catalog"
Var installMode
!define isUpdated `"$installMode" == "updated-stub"`
!include "${NSH}"
!ifndef BUILD_UNINSTALLER
  OutFile "install.exe"
  !insertmacro MUI_PAGE_DIRECTORY
  !insertmacro customPageAfterChangeDir
  !insertmacro MUI_PAGE_INSTFILES
!else
  OutFile "uninstall.exe"
  !insertmacro MUI_PAGE_INSTFILES
!endif
!insertmacro MUI_LANGUAGE "English"
Function .onInit
  StrCpy $installMode "CurrentUser"
  SetShellVarContext current
  !ifndef BUILD_UNINSTALLER
    !insertmacro customInit
  !endif
FunctionEnd
Section "run"
  !ifndef BUILD_UNINSTALLER
    !insertmacro customInstall
  !else
    !insertmacro customUnInstall
  !endif
SectionEnd
