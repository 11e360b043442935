#!/bin/sh
# Build dist/alsdesk-<version>-macos.dmg from the spec's dist/alsdesk.app (run on macOS).
#   packaging/macos/build_dmg.sh
# Signing and notarisation: packaging/macos/README.md (they need the certificate's holder).
set -eu
cd "$(dirname "$0")/../.."
version=$(python3 -c "import runpy; print(runpy.run_path('alsdesk/__init__.py')['__version__'])")
python3 -m PyInstaller --noconfirm --clean packaging/alsdesk.spec
app=dist/alsdesk.app
if [ -n "${ALSDESK_SIGN_IDENTITY:-}" ]; then
    codesign --force --deep --options runtime --timestamp \
        --sign "$ALSDESK_SIGN_IDENTITY" "$app"
fi
staging=$(mktemp -d)
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"
dmg="dist/alsdesk-$version-macos.dmg"
rm -f "$dmg"
hdiutil create -volname "alsdesk $version" -srcfolder "$staging" -format UDZO -ov "$dmg"
rm -rf "$staging"
echo "built $dmg"
