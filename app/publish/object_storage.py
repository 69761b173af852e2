"""Published files on S3-compatible object storage (AWS S3, MinIO, Ceph, moto…), through boto3.

The endpoint, region and credentials come from the settings, and nothing else is assumed of the server: plain
PutObject, GetObject with Range, HeadObject, ListObjectsV2 and DeleteObjects. A narration is written in a local
staging folder as on disk, then uploaded under `<prefix>articles/<id>/`, the main MP3 last (its presence means
done, as on disk), and the staging folder is removed. Every replica serves the same objects."""

from __future__ import annotations

import logging
import shutil
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import anyio

from app.errors import StorageError
from app.publish.folder import MP3_NAME

log = logging.getLogger(__name__)
UPLOADS_AT_ONCE = 8
EXISTS_TTL_S = 30.0
"""How long a replica trusts that a narration's audio is there (the library asks for each article it lists)."""


@dataclass(frozen=True)
class S3Location:
    bucket: str
    endpoint_url: str | None = None
    region: str = "us-east-1"
    access_key_id: str | None = None
    secret_access_key: str | None = None
    prefix: str = ""


class ObjectStorage:
    """One bucket, keys under a prefix; each failure becomes a StorageError naming the bucket."""

    def __init__(self, location: S3Location) -> None:
        import boto3
        from botocore.config import Config

        self.location = location
        self.client = boto3.session.Session().client(
            "s3",
            endpoint_url=location.endpoint_url,
            region_name=location.region,
            aws_access_key_id=location.access_key_id,
            aws_secret_access_key=location.secret_access_key,
            config=Config(
                retries={"max_attempts": 8, "mode": "standard"},
                max_pool_connections=32,
                connect_timeout=5,
                read_timeout=30,
            ),
        )
        self._errors = self._error_types()

    @staticmethod
    def _error_types() -> tuple[type[Exception], ...]:
        from botocore.exceptions import BotoCoreError, ClientError

        return (BotoCoreError, ClientError)

    def key(self, name: str) -> str:
        return self.location.prefix + name

    def ensure_bucket(self) -> None:
        """Creates the bucket when it does not exist yet (a fresh MinIO or test endpoint)."""
        try:
            self.client.head_bucket(Bucket=self.location.bucket)
        except self._errors:
            try:
                self.client.create_bucket(Bucket=self.location.bucket)
            except self._errors as error:
                if "BucketAlreadyOwnedByYou" not in str(error):
                    raise self._failure("cannot be created", error) from None

    def put(self, name: str, data: bytes) -> None:
        try:
            self.client.put_object(Bucket=self.location.bucket, Key=self.key(name), Body=data)
        except self._errors as error:
            raise self._failure(f"cannot store {name}", error) from None

    def upload(self, name: str, path: Path, content_type: str | None = None) -> None:
        extra = {"ContentType": content_type} if content_type else {}
        try:
            with open(path, "rb") as body:
                self.client.put_object(Bucket=self.location.bucket, Key=self.key(name), Body=body, **extra)
        except self._errors as error:
            raise self._failure(f"cannot store {name}", error) from None

    def get(self, name: str) -> bytes | None:
        try:
            return self.client.get_object(Bucket=self.location.bucket, Key=self.key(name))["Body"].read()
        except self._errors as error:
            if _missing(error):
                return None
            raise self._failure(f"cannot read {name}", error) from None

    def head(self, name: str) -> dict | None:
        try:
            return self.client.head_object(Bucket=self.location.bucket, Key=self.key(name))
        except self._errors as error:
            if _missing(error):
                return None
            raise self._failure(f"cannot read {name}", error) from None

    def read(self, name: str, offset: int, length: int) -> bytes:
        last = offset + length - 1
        try:
            answer = self.client.get_object(
                Bucket=self.location.bucket, Key=self.key(name), Range=f"bytes={offset}-{last}"
            )
            return answer["Body"].read()
        except self._errors as error:
            raise self._failure(f"cannot read {name}", error) from None

    def names(self, prefix: str) -> list[str]:
        """Every name under `prefix` (without the storage's own prefix)."""
        found = []
        try:
            pages = self.client.get_paginator("list_objects_v2").paginate(
                Bucket=self.location.bucket, Prefix=self.key(prefix)
            )
            for page in pages:
                found += [item["Key"].removeprefix(self.location.prefix) for item in page.get("Contents", [])]
        except self._errors as error:
            raise self._failure(f"cannot list {prefix}", error) from None
        return found

    def delete(self, names: list[str]) -> None:
        for start in range(0, len(names), 1000):
            batch = [{"Key": self.key(name)} for name in names[start : start + 1000]]
            try:
                self.client.delete_objects(Bucket=self.location.bucket, Delete={"Objects": batch, "Quiet": True})
            except self._errors as error:
                raise self._failure("cannot remove objects", error) from None

    def _failure(self, what: str, error: Exception) -> StorageError:
        log.error("object storage %s: %s", self.location.bucket, error)
        return StorageError(
            f"The object storage bucket {self.location.bucket} {what}",
            "check NARRATEUR_S3_ENDPOINT_URL, the credentials and the server",
        )


def _missing(error: Exception) -> bool:
    code = getattr(error, "response", {}).get("Error", {}).get("Code", "")
    return code in ("404", "NoSuchKey", "NotFound")


@dataclass(frozen=True)
class StoredFile:
    """A published file in the bucket: what an HTTP answer needs (size, validators) and its bytes on demand."""

    storage: ObjectStorage
    name: str
    size: int
    etag: str
    modified_s: float

    async def read(self, offset: int, length: int) -> bytes:
        return await anyio.to_thread.run_sync(self.storage.read, self.name, offset, length)


MEDIA_TYPES = {".mp3": "audio/mpeg", ".json": "application/json", ".vtt": "text/vtt", ".jpg": "image/jpeg"}


class ObjectPublications:
    """Published narrations as objects `articles/<id>/<name>`, staged in a local folder while they are written."""

    def __init__(self, storage: ObjectStorage, staging_root: Path) -> None:
        self.storage = storage
        self.staging_root = Path(staging_root)
        self._seen: dict[str, float] = {}
        self._seen_lock = threading.Lock()

    def staging(self, article_id: str) -> Path:
        return self.staging_root / article_id

    def _name(self, article_id: str, name: str) -> str:
        return f"articles/{article_id}/{name}"

    def share(self, article_id: str, name: str) -> None:
        path = self.staging(article_id) / name
        self.storage.upload(self._name(article_id, name), path, MEDIA_TYPES.get(path.suffix))

    def publish(self, article_id: str) -> None:
        """Uploads the staged files, the main MP3 last, then removes the staging folder. A file left by an
        earlier try of the same narration is replaced (same names), so a redelivered job leaves nothing extra."""
        folder = self.staging(article_id)
        files = [path for path in folder.iterdir() if path.is_file() and not path.name.startswith(".")]
        upload = lambda path: self.storage.upload(  # noqa: E731
            self._name(article_id, path.name), path, MEDIA_TYPES.get(path.suffix)
        )
        with ThreadPoolExecutor(UPLOADS_AT_ONCE) as uploads:  # each a round trip: side by side, not in a row
            list(uploads.map(upload, [path for path in files if path.name != MP3_NAME]))
        upload(folder / MP3_NAME)
        shutil.rmtree(folder, ignore_errors=True)

    def exists(self, article_id: str, name: str = MP3_NAME) -> bool:
        key = self._name(article_id, name)
        with self._seen_lock:
            if self._seen.get(key, 0.0) > time.monotonic():
                return True
        found = self.storage.head(key) is not None
        if found:
            with self._seen_lock:
                self._seen[key] = time.monotonic() + EXISTS_TTL_S
        return found

    async def file(self, article_id: str, name: str) -> StoredFile | None:
        key = self._name(article_id, name)
        head = await anyio.to_thread.run_sync(self.storage.head, key)
        if head is None:
            return None
        modified = head["LastModified"].timestamp()
        return StoredFile(self.storage, key, head["ContentLength"], head["ETag"], modified)

    def remove(self, article_id: str) -> None:
        """Every object of the narration, and its staging folder."""
        with self._seen_lock:
            self._seen = {key: until for key, until in self._seen.items() if f"/{article_id}/" not in key}
        shutil.rmtree(self.staging(article_id), ignore_errors=True)
        names = self.storage.names(f"articles/{article_id}/")
        if names:
            self.storage.delete(names)

    def close(self) -> None:
        pass


def object_storage(location: S3Location) -> ObjectStorage:
    storage = ObjectStorage(location)
    storage.ensure_bucket()
    return storage
