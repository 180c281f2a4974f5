@echo off
rem Install or update Trainer on Windows from this kit, with no internet (double-click it).
rem Instalar o actualizar Trainer en Windows desde este kit, sin internet (doble clic).
rem The app goes to %LOCALAPPDATA%\Trainer-app; the data folder is never touched.
setlocal
set "KIT=%~dp0"
set "APP=%LOCALAPPDATA%\Trainer-app"
set "PY="
where py >nul 2>nul && py -3 -c "import sys; sys.exit(sys.version_info < (3, 11))" >nul 2>nul && set "PY=py -3"
if not defined PY where python >nul 2>nul && python -c "import sys; sys.exit(sys.version_info < (3, 11))" >nul 2>nul && set "PY=python"
if not defined PY (
  echo Trainer necesita Python 3.11 o mas reciente: instale el de python.org ^(puede venir en esta memoria USB^).
  echo Trainer needs Python 3.11 or newer: install it from python.org ^(it may be on this USB stick^).
  pause
  exit /b 1
)
if not exist "%APP%\venv\Scripts\python.exe" %PY% -m venv "%APP%\venv" || goto :failed
"%APP%\venv\Scripts\python.exe" -m pip install --quiet --no-index --find-links "%KIT%wheels" --find-links "%KIT%wheels\windows-x64" --upgrade trainer || goto :failed
copy /y "%KIT%trainer.ico" "%APP%\trainer.ico" >nul
powershell -NoProfile -ExecutionPolicy Bypass -Command "$shell = New-Object -ComObject WScript.Shell; foreach ($folder in @([Environment]::GetFolderPath(Programs), [Environment]::GetFolderPath(Desktop))) { $link = $shell.CreateShortcut((Join-Path $folder Trainer.lnk)); $link.TargetPath = %APP%\venv\Scripts\trainer-gui.exe; $link.IconLocation = %APP%\trainer.ico; $link.Save() }"
echo Listo: abra Trainer desde el menu Inicio o el escritorio.
echo Done: open Trainer from the Start menu or the desktop.
"%APP%\venv\Scripts\trainer.exe" --version
pause
exit /b 0
:failed
echo No se pudo instalar Trainer. / Trainer could not be installed.
pause
exit /b 1
