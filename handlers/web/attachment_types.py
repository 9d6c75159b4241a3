"""How the console serves a complainant's file. Anything a worker sends is untrusted: only types a browser
shows without running code are served inline (images, voice and audio, video, PDF, plain text); anything
else, such as an HTML or SVG "document", is a download, so it can never run script on the console's origin.
Telegram often leaves a voice note's or photo's type out: the kind of attachment then says it. A file shown
as an image, sound or video must also start like one; one that does not (a damaged or fake "photo") is
offered as a download named by its kind rather than drawn as a broken image."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from storage.models.cases import AttachmentKind

INLINE_TYPES = frozenset(
    {
        "image/jpeg",
        "image/png",
        "image/gif",
        "image/webp",
        "audio/ogg",
        "audio/mpeg",
        "audio/mp4",
        "audio/x-m4a",
        "audio/aac",
        "audio/wav",
        "video/mp4",
        "video/webm",
        "application/pdf",
        "text/plain",
    }
)
DEFAULT_TYPE = {
    AttachmentKind.PHOTO: "image/jpeg",  # Telegram re-encodes every photo as JPEG
    AttachmentKind.VOICE: "audio/ogg",  # voice notes are Ogg Opus
    AttachmentKind.VIDEO: "video/mp4",
    AttachmentKind.AUDIO: "audio/mpeg",
}
DOWNLOAD = "application/octet-stream"
# How files of each shown type begin; formats with a box header (MP4, M4A) carry "ftyp" at offset 4.
SIGNATURES: tuple[tuple[int, bytes, str], ...] = (
    (0, b"\xff\xd8\xff", "image/jpeg"),
    (0, b"\x89PNG\r\n\x1a\n", "image/png"),
    (0, b"GIF8", "image/gif"),
    (8, b"WEBP", "image/webp"),
    (0, b"OggS", "audio/ogg"),
    (0, b"ID3", "audio/mpeg"),
    (0, b"\xff\xfb", "audio/mpeg"),
    (8, b"WAVE", "audio/wav"),
    (4, b"ftyp", "video/mp4"),
    (0, b"\x1aE\xdf\xa3", "video/webm"),
    (0, b"%PDF-", "application/pdf"),
)
HEAD_BYTES = 16


def sniffed_major(head: bytes) -> str | None:
    """ "image", "audio", "video" or "application" (PDF) by the file's first bytes; None when unknown.
    An MP4 box header may hold sound or picture, so it passes for both."""
    for offset, magic, media_type in SIGNATURES:
        if head[offset : offset + len(magic)] == magic:
            return "media" if magic == b"ftyp" else media_type.split("/", 1)[0]
    return None


def read_head(path: Path) -> bytes:
    with path.open("rb") as handle:
        return handle.read(HEAD_BYTES)


@dataclass(frozen=True, slots=True)
class Served:
    media_type: str
    inline: bool
    unreadable: bool = False  # declared as an image, sound, video or PDF, but its bytes are not one

    @property
    def element(self) -> str:
        """The HTML element that shows it on the case page: img, audio, video, or a link."""
        if not self.inline:
            return "link"
        major = self.media_type.split("/", 1)[0]
        return {"image": "img", "audio": "audio", "video": "video"}.get(major, "link")


def served(kind: AttachmentKind, mime_type: str | None, head: bytes | None = None) -> Served:
    """`head`: the file's first bytes, when known; a file shown inline must start like its type."""
    declared = (mime_type or "").split(";", 1)[0].strip().lower()
    media_type = declared or DEFAULT_TYPE.get(kind, DOWNLOAD)
    if media_type not in INLINE_TYPES:
        return Served(DOWNLOAD, inline=False)
    major = media_type.split("/", 1)[0]
    if head is not None and major != "text":
        found = sniffed_major(head)
        if found != major and not (found == "media" and major in ("audio", "video")):
            return Served(DOWNLOAD, inline=False, unreadable=True)
    return Served(media_type, inline=True)


def stored_file(root: Path, stored_path: str | None) -> Path | None:
    """The stored copy, only inside the attachments folder and only if it is there. The bot records the
    path as it wrote it: relative to its working directory, or absolute."""
    if not stored_path:
        return None
    root = root.resolve()
    path = Path(stored_path)
    candidates = [path] if path.is_absolute() else [path, root / path]
    for candidate in candidates:
        resolved = candidate.resolve()
        if resolved.is_relative_to(root) and resolved.is_file():
            return resolved
    return None
