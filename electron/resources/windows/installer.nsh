; Credential Catalog for Windows: the `credential-catalog` command.
; electron-builder includes this file in its NSIS installer (nsis.include in
; electron-builder.yml). bin\credential-catalog.cmd, installed beside the app,
; runs the app's own binary as the command line. The installer offers to put that
; folder on PATH: one page with a tick box, off unless ticked (kept as it was on an
; update; a silent install adds it with /ADDTOPATH). The uninstaller takes it off.
; PATH is the current user's, or every user's for an installation for all users.

!include LogicLib.nsh
!include WinMessages.nsh
!include WordFunc.nsh

!define CLI_DIR "$INSTDIR\bin"

; The registry key (under SHCTX) that holds PATH for this installation's scope.
!macro cliEnvironmentKey OUT
  ${if} $installMode == "all"
    StrCpy ${OUT} "SYSTEM\CurrentControlSet\Control\Session Manager\Environment"
  ${else}
    StrCpy ${OUT} "Environment"
  ${endif}
!macroend

; Sets OUT to 1 if CLI_DIR is on PATH, else 0. Uses $R8 and $R9.
!macro cliIsOnPath OUT
  !insertmacro cliEnvironmentKey $R9
  ReadRegStr $R8 SHCTX $R9 "Path" ; too long reads as empty: "not on it", which changes nothing
  StrCpy $R8 ";$R8;"
  ; (an empty PATH reads as ";;", which holds no entry either)
  ${WordReplace} "$R8" ";${CLI_DIR};" ";" "+" $R9
  ${if} $R9 == $R8
    StrCpy ${OUT} 0
  ${else}
    StrCpy ${OUT} 1
  ${endif}
!macroend

; Reads PATH into OUT; sets the error flag when PATH is there but longer than the
; installer's strings (${NSIS_MAX_STRLEN}), which read it as empty. Uses $R8 and $R9.
!macro cliReadPath KEY OUT
  ClearErrors
  ReadRegStr ${OUT} SHCTX ${KEY} "Path"
  ${if} ${Errors}
    ; Missing, or too long: only a value named Path that exists is the second case.
    StrCpy $R9 0
    ${do}
      EnumRegValue $R8 SHCTX ${KEY} $R9
      ${if} $R8 == "Path"
        ${break}
      ${endif}
      IntOp $R9 $R9 + 1
    ${loopuntil} $R8 == ""
    ClearErrors
    ${if} $R8 == "Path"
      SetErrors
    ${endif}
  ${endif}
!macroend

; Adds CLI_DIR to PATH (ADD 1) or removes it (ADD 0), leaving every other entry as it
; was. A PATH too long for the installer's strings is never rewritten: it would be cut.
!macro cliSetOnPath ADD
  Push $0
  Push $1
  Push $2
  Push $R8
  Push $R9
  !insertmacro cliEnvironmentKey $2
  !insertmacro cliReadPath $2 $0
  ${if} ${Errors}
    StrCpy $1 ${NSIS_MAX_STRLEN}
  ${else}
    StrLen $1 "$0${CLI_DIR};;"
  ${endif}
  ${if} $1 >= ${NSIS_MAX_STRLEN}
    DetailPrint "PATH is too long to change safely; change ${CLI_DIR} on it yourself."
  ${else}
    ${if} $0 == ""
      StrCpy $R8 ";"
    ${else}
      StrCpy $R8 ";$0;"
    ${endif}
    ${WordReplace} "$R8" ";${CLI_DIR};" ";" "+" $R9 ; PATH without it
    ${if} ${ADD} == 1
      StrCpy $R9 "$R9${CLI_DIR};"
    ${endif}
    ${if} $R9 != $R8
      StrCpy $R9 $R9 "" 1 ; the ';' added in front
      StrCpy $R9 $R9 -1 ; and behind
      WriteRegExpandStr SHCTX $2 "Path" $R9
      SendMessage ${HWND_BROADCAST} ${WM_SETTINGCHANGE} 0 "STR:Environment" /TIMEOUT=5000
    ${endif}
  ${endif}
  Pop $R9
  Pop $R8
  Pop $2
  Pop $1
  Pop $0
!macroend

!ifndef BUILD_UNINSTALLER
  !include nsDialogs.nsh
  !include FileFunc.nsh

  Var cliOnPath
  Var cliCheckbox

  !macro customInit
    Push $R0
    Push $R1
    Push $R8
    Push $R9
    !insertmacro cliIsOnPath $cliOnPath
    ${GetParameters} $R0
    ClearErrors
    ${GetOptions} $R0 "/ADDTOPATH" $R1
    ${ifNot} ${Errors}
      StrCpy $cliOnPath 1
    ${endif}
    Pop $R9
    Pop $R8
    Pop $R1
    Pop $R0
  !macroend

  !macro customPageAfterChangeDir
    Page custom cliPathPageShow cliPathPageLeave
  !macroend

  Function cliPathPageShow
    nsDialogs::Create 1018
    Pop $0
    ${NSD_CreateLabel} 0 0 100% 40u "Credential Catalog also runs from a command prompt, for scripts and reports: credential-catalog list, credential-catalog export … (see credential-catalog --help)."
    Pop $0
    ${NSD_CreateCheckbox} 0 48u 100% 12u "Add the credential-catalog command to PATH"
    Pop $cliCheckbox
    ${if} $cliOnPath == 1
      ${NSD_Check} $cliCheckbox
    ${endif}
    nsDialogs::Show
  FunctionEnd

  Function cliPathPageLeave
    ${NSD_GetState} $cliCheckbox $0
    ${if} $0 == ${BST_CHECKED}
      StrCpy $cliOnPath 1
    ${else}
      StrCpy $cliOnPath 0
    ${endif}
  FunctionEnd

  !macro customInstall
    ${if} $cliOnPath == 1
      !insertmacro cliSetOnPath 1
    ${else}
      !insertmacro cliSetOnPath 0
    ${endif}
  !macroend
!else
  !macro customUnInstall
    ; An update runs the old uninstaller first: the PATH entry stays for the new version.
    ${ifNot} ${isUpdated}
      !insertmacro cliSetOnPath 0
    ${endif}
  !macroend
!endif
