from django.urls import path
from django.views.decorators.http import condition

from timeline import exports, feeds, views

app_name = "timeline"

# Feeds answer If-None-Match with 304 until an entry changes.
conflict_atom = condition(etag_func=feeds.export_etag)(feeds.ConflictAtomFeed())
actor_atom = condition(etag_func=feeds.export_etag)(feeds.ActorAtomFeed())

urlpatterns = [
    path("", views.home, name="home"),
    path("c/<slug:slug>/", views.conflict_timeline, name="conflict"),
    path("c/<slug:slug>/feed.atom", conflict_atom, name="conflict-atom"),
    path("c/<slug:slug>/planned.ics", exports.conflict_ics, name="conflict-ics"),
    path("c/<slug:slug>/timeline.json", exports.conflict_timelinejs, name="conflict-timelinejs"),
    path("actors/<slug:slug>/", views.actor_detail, name="actor"),
    path("actors/<slug:slug>/feed.atom", actor_atom, name="actor-atom"),
    path("actors/<slug:slug>/planned.ics", exports.actor_ics, name="actor-ics"),
    path("actors/<slug:slug>/timeline.json", exports.actor_timelinejs, name="actor-timelinejs"),
    path("events/<int:pk>/", views.event_short, name="event-short"),
    path("events/<int:pk>-<slug:slug>/", views.event_detail, name="event"),
    path("statements/<int:pk>/", views.statement_short, name="statement-short"),
    path("statements/<int:pk>-<slug:slug>/", views.statement_detail, name="statement"),
]
