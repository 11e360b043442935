"""A second start on the same data folder brings the running window forward.

The first copy holds the data folder's lock (:mod:`alsdesk.instance`) and
listens on a local socket named after the folder; a second copy that cannot
take the lock connects, says ``raise`` and exits, and the first copy raises its
window. Only this user can connect (UserAccessOption).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

RAISE = b"raise\n"
DONE = b"ok\n"
# A second copy starting from a launcher waits this long for the first one; the
# first answers from its event loop, which is never blocked for long.
ANSWER_WAIT_MS = 10_000


class InstanceServer(QObject):
    """Listens for later starts; emits ``activation_requested`` for each."""

    activation_requested = Signal()

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)
        # We hold the folder's lock, so a socket file left here is a crashed run's.
        QLocalServer.removeServer(name)
        self.listening = self._server.listen(name)

    def close(self) -> None:
        self._server.close()

    def _accept(self) -> None:
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return
        if bytes(socket.readLine().data()) == RAISE:
            socket.write(DONE)
            socket.flush()
            self.activation_requested.emit()
        socket.disconnectFromServer()


def ask_running_copy_to_show(name: str) -> bool:
    """Tell the copy listening on ``name`` to come forward; True if it answered."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(ANSWER_WAIT_MS):
        return False
    socket.write(RAISE)
    if not socket.waitForBytesWritten(ANSWER_WAIT_MS):
        return False
    answered = False
    while socket.waitForReadyRead(ANSWER_WAIT_MS):
        if socket.canReadLine():
            answered = bytes(socket.readLine().data()) == DONE
            break
    socket.disconnectFromServer()
    return answered


def bring_forward(window) -> None:
    """Show ``window`` unminimised, on top and active (as far as the desktop allows)."""
    from PySide6.QtCore import Qt

    if window.windowState() & Qt.WindowState.WindowMinimized:
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()


def serve_later_starts(window, name: str) -> InstanceServer:
    """Bring ``window`` forward whenever alsdesk is started again on its data folder."""
    server = InstanceServer(name, window)
    server.activation_requested.connect(lambda: bring_forward(window))
    return server
