; Inno Setup script: the Windows installer for the one-folder build in dist\alsdesk.
;
;   python -m PyInstaller --noconfirm packaging\alsdesk.spec
;   iscc /DAppVersion=0.1.0 packaging\windows\alsdesk.iss
;
; Installs for the current user by default (no administrator needed on a managed
; laptop; the dialog offers all users), adds a Start-menu entry, and registers an
; uninstaller that removes every file it installed. The user's data folder
; (%LOCALAPPDATA%\alsdesk) is not touched by the uninstaller: it holds their sets
; and journal, and a reinstall finds them again.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z alsdesk.iss
#endif

[Setup]
; Never change AppId: Windows finds the installed copy (to update or remove it) by it.
AppId={{6F1D2E7A-3C55-4B8E-9A2D-0C4A1B7E5D31}
AppName=alsdesk
AppVersion={#AppVersion}
AppVerName=alsdesk {#AppVersion}
AppPublisher=alsdesk
DefaultDirName={autopf}\alsdesk
DefaultGroupName=alsdesk
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
SetupIconFile=..\..\build\alsdesk\icons\alsdesk.ico
UninstallDisplayIcon={app}\alsdesk.exe
OutputDir=..\..\dist
OutputBaseFilename=alsdesk-{#AppVersion}-windows-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\alsdesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\alsdesk"; Filename: "{app}\alsdesk.exe"; Comment: "Action learning sets"
Name: "{autodesktop}\alsdesk"; Filename: "{app}\alsdesk.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\alsdesk.exe"; Description: "{cm:LaunchProgram,alsdesk}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Python's byte-code caches, if anything wrote them beside the program.
Type: filesandordirs; Name: "{app}\_internal\__pycache__"
