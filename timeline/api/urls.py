"""``/api/``: version 1 of the REST API, its OpenAPI 3 schema and Swagger UI."""

from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerView
from rest_framework.routers import DefaultRouter

from timeline.api import views

app_name = "api"

router = DefaultRouter()
router.register("conflicts", views.ConflictViewSet, basename="conflict")
router.register("actors", views.ActorViewSet, basename="actor")
router.register("events", views.EventViewSet, basename="event")
router.register("statements", views.StatementViewSet, basename="statement")
router.register("tombstones", views.TombstoneViewSet, basename="tombstone")
router.register("articles", views.ArticleViewSet, basename="article")

urlpatterns = [
    path("v1/", include(router.urls)),
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("docs/", SpectacularSwaggerView.as_view(url_name="api:schema"), name="docs"),
]
