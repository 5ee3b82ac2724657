; Stands in for "Credential Catalog.exe" (a GUI binary): records its arguments, exits with 3.
Unicode true
Target amd64-unicode
Name "Stand-in"
OutFile "Credential Catalog.exe"
RequestExecutionLevel user
SilentInstall silent
Section
  FileOpen $0 "$EXEDIR\args.txt" w
  FileWrite $0 $CMDLINE
  FileClose $0
  SetErrorLevel 3
SectionEnd
