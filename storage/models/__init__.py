"""Every table of the application. Importing this package registers them all on `Base.metadata`."""

from storage.models.preferences import UserPreference
from storage.models.questions import QuestionEventKind, QuestionLog

__all__ = ["QuestionEventKind", "QuestionLog", "UserPreference"]
