"""Bench-only URLconf: the real API plus ``/bench/naive-events/``, a naive nested-ModelSerializer baseline.

The baseline is what a first cut usually looks like: nested ModelSerializers with ``fields = "__all__"``, no
select_related/prefetch_related (so N+1 queries), page-number pagination (a COUNT over the table on every page).
"""

from django.urls import include, path
from rest_framework import serializers, viewsets
from rest_framework.pagination import PageNumberPagination
from rest_framework.routers import SimpleRouter

from tracker.models import Actor, Article, Citation, Conflict, Event, EventParticipant


class NaiveConflictSerializer(serializers.ModelSerializer):
    class Meta:
        model = Conflict
        fields = "__all__"


class NaiveActorSerializer(serializers.ModelSerializer):
    class Meta:
        model = Actor
        fields = "__all__"


class NaiveParticipantSerializer(serializers.ModelSerializer):
    actor = NaiveActorSerializer()

    class Meta:
        model = EventParticipant
        fields = "__all__"


class NaiveArticleSerializer(serializers.ModelSerializer):
    class Meta:
        model = Article
        exclude = ["text"]


class NaiveCitationSerializer(serializers.ModelSerializer):
    article = NaiveArticleSerializer()

    class Meta:
        model = Citation
        fields = "__all__"


class NaiveEventSerializer(serializers.ModelSerializer):
    conflict = NaiveConflictSerializer()
    participations = NaiveParticipantSerializer(many=True)
    citations = NaiveCitationSerializer(many=True)

    class Meta:
        model = Event
        fields = "__all__"


class NaivePagination(PageNumberPagination):
    page_size = 50
    page_size_query_param = "page_size"
    max_page_size = 500


class NaiveEventViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = NaiveEventSerializer
    pagination_class = NaivePagination
    queryset = Event.objects.public().order_by("date_start", "id")


router = SimpleRouter()
router.register("naive-events", NaiveEventViewSet, basename="naive-event")

urlpatterns = [
    path("bench/", include(router.urls)),
    path("", include("config.urls")),
]
