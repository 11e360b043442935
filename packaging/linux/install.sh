#!/bin/sh
# Install alsdesk for this user from the unpacked tarball: no root, nothing outside ~/.local.
#   ./install.sh              install (or update)
#   ./install.sh --uninstall  remove the program and its menu entry (your data stays)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
prefix="${XDG_DATA_HOME:-$HOME/.local/share}"
program="$HOME/.local/lib/alsdesk"
bin="$HOME/.local/bin"
app_id=org.alsdesk.alsdesk
shared="applications/$app_id.desktop metainfo/$app_id.metainfo.xml icons/hicolor/scalable/apps/alsdesk.svg"

if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$program" "$bin/alsdesk"
    for file in $shared applications/alsdesk.desktop metainfo/alsdesk.metainfo.xml; do
        rm -f "$prefix/$file"  # (the last two: the names before the reverse-DNS id)
    done
    echo "alsdesk removed (your data folder is kept)."
    exit 0
fi
rm -rf "$program"
mkdir -p "$program" "$bin"
cp -R "$here/alsdesk/." "$program/"
ln -sf "$program/alsdesk" "$bin/alsdesk"
for file in $shared; do
    mkdir -p "$(dirname "$prefix/$file")"
    cp "$here/share/$file" "$prefix/$file"
done
# The menu entry starts this copy even where ~/.local/bin is not on PATH.
sed -i "s|^Exec=alsdesk |Exec=$bin/alsdesk |" "$prefix/applications/$app_id.desktop"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$prefix/applications" || true
echo "alsdesk installed: $bin/alsdesk (and in the applications menu)."
