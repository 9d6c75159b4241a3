"""How the console serves a complainant's file. Anything a worker sends is untrusted: only types a browser
shows without running code are served inline (images, voice and audio, video, PDF, plain text); anything
else, such as an HTML or SVG "document", is a download, so it can never run script on the console's origin.
Telegram often leaves a voice note's or photo's type out: the kind of attachment then says it."""

from __future__ import annotations

from dataclasses import dataclass

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


@dataclass(frozen=True, slots=True)
class Served:
    media_type: str
    inline: bool

    @property
    def element(self) -> str:
        """The HTML element that shows it on the case page: img, audio, video, or a link."""
        if not self.inline:
            return "link"
        major = self.media_type.split("/", 1)[0]
        return {"image": "img", "audio": "audio", "video": "video"}.get(major, "link")


def served(kind: AttachmentKind, mime_type: str | None) -> Served:
    declared = (mime_type or "").split(";", 1)[0].strip().lower()
    media_type = declared or DEFAULT_TYPE.get(kind, DOWNLOAD)
    if media_type in INLINE_TYPES:
        return Served(media_type, inline=True)
    return Served(DOWNLOAD, inline=False)
